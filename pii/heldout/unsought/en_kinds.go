package unsought

var enKinds = []kind{
	{"fmla_request", 2, 5, []variant{
		{`FMLA LEAVE REQUEST – Employee Section
Employee name: «C1»
Home address: «A»
Employee ID: «ID»   Supervisor: «N2»
Reason: «R:care for a family member with a serious health condition|own serious health condition|birth and bonding with a newborn»
Family member: «N3» (relationship: «R:spouse|mother|father|son|daughter»)
Hospital: «XP»
Family member address (if different): «R:«AB»|same»

`, `Leave period «I»: «D» – «D», «R:intermittent|continuous», certified by «T5» of «O»
`, `
HR use only: reviewed by «N4» on «D». Notes: «X» eligibility confirmed; forward copy to «T2».
`},
		{`Subject: RE: FMLA paperwork for «G1»
Hi «G4»,
«N1» dropped off the cert form today. «R:Her|His» «R:husband|wife|mom|dad» «N3» is having surgery at «XP». Mailing address on file is «A» but «G1» says mail should go to «A» until «D».
`, `- «R:call from|note from|fax from» «T5» («R:treating physician|nurse practitioner|the hospital») re: «R:dates|return to work|recertification»
`, `Thanks,
«N4»
«R:HR Generalist|Benefits Coordinator», «O»
cc: «N2», «R:«T3»|payroll»
`},
	}},
	{"small_claims_complaint", 2, 4, []variant{
		{`SUPERIOR COURT OF «R:WASHINGTON|CALIFORNIA|ARIZONA», COUNTY OF «R:KING|ALAMEDA|PIMA» – SMALL CLAIMS
Case No. SC-«ID»

PLAINTIFF: «C1»
Address: «AB»
Phone: «PH»

DEFENDANT: «C2»
Address: «AB»

Plaintiff claims defendant owes $«NUM»«NUM». Facts:
`, `«I». On «D» the defendant «R:failed to return the security deposit for «AS»|damaged my fence at «AS»|did not finish the remodel at «A»|sold me a car that broke down». Witness: «N5».
`, `
I declare under penalty of perjury that the foregoing is true.
Signed «D» by «N1»
Server: «T4», «R:registered process server|sheriff's deputy»
`},
		{`Small claims intake – self-help center («D»)
Visitor: «N1» (helped by «G4»)
`, `• wants to sue «N5» — «R:ex-roommate|contractor|former landlord|neighbor»; last known address «A»
`, `Gave info on service by mail. Referred to «O» and «X». Defendant works at «XB». Interpreter: «N3». Follow-up: «T4», «D».
`},
	}},
	{"eviction_notice", 1, 3, []variant{
		{`THREE-DAY NOTICE TO PAY RENT OR QUIT

TO: «C1»«R:, «N2»|» and all other occupants
PREMISES: «AB»
«R:|(across from «XP»)
»
You are hereby notified that rent is past due:
`, `  Period «D» – «D»: $«NUM»«NUM».00
`, `
Payment may be made to «N3», «R:owner|property manager», at «A», Monday–Friday 9–5.
Served «R:personally|by posting and mailing» on «D» by «T4».
Landlord: «O» («X» pay portal not accepted)
cc: «N2»; «R:«T3»|file»; «N4»
`},
		{`Tenant file note – «O»
Unit: «A»
Tenant(s): «N1», «N2»
`, `«D»: «R:spoke w/|left vm for|texted|emailed» «R:«G1»|«G2»|«T1»» «R:about balance|re: pay-or-quit|re: roommate «N5» not on lease»; «R:forwarding addr|mom's place|new address per tenant» «A»
`, `Next step: file UD w/ «T3». Mgr: «N4». Cosigner: «C2», «A».
`},
	}},
	{"iep_meeting_notes", 2, 5, []variant{
		{`IEP Meeting – sign-in sheet (scanned)
Studen t: «C1»
`, `Name (print): «C5»   Role: «R:Parent|Teacher|SLP|OT|Interpreter (Spanish)|LEA rep»   Sig: ______
`, `Copies mailed to parent at:
«N2»
«AB»
`},
		{`INDIVIDUALIZED EDUCATION PROGRAM – MEETING NOTES
Student: «N1»   Grade: «R:K|1|2|3|4|5|6|7|8|9|10»   School: «XP»
Parent/Guardian: «N2», «A»
Meeting date: «D»

Attendees:
`, `- «N5», «R:special education teacher|general ed teacher|school psychologist|speech-language pathologist|district rep|parent advocate»«R:| (sub for «T6»)| – notes taken by «G6»|»
`, `
Discussion: «G1» is making progress in reading fluency. «T2» asked about bus transport from «A». «T3» will update goals by «D».
`},
		{`iep mtg recap (for my notes)
«L1»'s mtg went ok. «R:ms.|mr.|dr.» «L3» said the OT eval is done.
`, `- «R:talked w|email from|call w» «L5» re «R:accommodations|extended time|para support|the 504 vs iep thing»
`, `need to send updated address to district: «A». ask «G4» about «X».
`},
	}},
	{"prior_authorization", 2, 4, []variant{
		{`PRIOR AUTHORIZATION REQUEST — «R:Pharmacy|Medical|Imaging»
Member: «C1»   DOB: «D»   Member ID: «ID»
Member address: «A»
Prescriber: «T2», NPI «ID»
Practice: «O», «A» (affiliated with «XP»)
Requested: «R:Humira 40 mg|MRI lumbar spine|CPAP supplies|Ozempic 0.5 mg»

`, `Attempt «I»: «D» – «R:faxed|called|portal submission» – spoke to «N5» (ref «ID»)
`, `
Determination pending. Reviewer: «T4». «X» formulary exception may apply.
Caregiver on file: «N3» («R:daughter|husband|son»), «A»
`},
		{`{"pa_request":{"id":"«ID»","member":{"name":"«N1»","address":"«A»"},"prescriber":"«T2»","notes":[
`, `  {"date":"«D»","by":"«N5»","text":"«R:needs chart notes|step therapy not met|approved 6 months|peer-to-peer with «T6»»"}«J»
`, `],"reviewer":"«N4»"}}
`},
	}},
	{"workers_comp_claim", 2, 4, []variant{
		{`claim_id,employee,home_address,injury_date,witness,adjuster
`, `«ID»,"«C5»","«A»",«D»,«N6»,«N7»
`, ``},
		{`EMPLOYER'S FIRST REPORT OF INJURY
Employee: «C1»
Home address: «AB»
Employer: «O», «A»
Job site: «R:«XB» distribution center|«XP» annex|«XB» store #«NUM»»
Supervisor: «N2»
Date of injury: «D»   Location: «R:loading dock|warehouse aisle 12|client home at «A»|parking lot»

Description: «R:Slipped on wet floor|Lifted box and felt back pain|Cut hand on box cutter». Witnesses:
`, `  «N5» (phone «PH»«R:, «E5»|»)«R:| – foreman «T6»| – lives at «A»|»
`, `
Treating provider: «T3». Adjuster: «T4». Claim #«ID». Filed with «X».
`},
		{`Adjuster diary — claim «ID»
claimant «N1» / employer «O»
`, `«D» «R:rec'd medical from|TC w/|IME sched w/|RTW discussed w/» «T5»«R:| at «A»»
`, `Plan: «R:close|keep open|refer to SIU». cc «N2», «T3» — «G4»
`},
	}},
	{"background_check", 2, 4, []variant{
		{`CONSUMER REPORT — EMPLOYMENT SCREENING
Subject: «C1»
AKA: «R:«N1»|«G1» «R:Smith|Jones|none»|none»
Current address: «A»
Requested by: «O» (contact «N2»)

Address history:
`, `  «D» – «D»  «A»
`, `
Education verified: «XP». Prior employer: «XB».
Criminal search: no records found. Employment verified with «T3». Adverse action contact: «N4». Note: «X».
`},
		{`reference check – candidate «N1»
`, `ref «I»: «N5» («R:former manager|coworker|landlord»), said «G1» was «R:reliable|always on time|great with customers|ok but often late»
`, `verified by «G4» on «D». Candidate lives at «AS». Hiring manager «T2» notified; recruiter «N3».
`},
	}},
	{"records_release_authorization", 1, 3, []variant{
		{`AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

Patient name: «C1»
Address: «A»
Date of birth: «D»

I authorize «O» to release records to:
`, `  Recipient «I»: «N5»«R:, attorney|, «R:case manager|insurance adjuster|daughter»|»
  «R:|c/o «N6»
  »Address: «AB»
`, `
Purpose: «R:continuity of care|legal|personal use». Signed: «N1» «D».
If signed by personal representative: «N2», relationship: «R:guardian|spouse|POA».
Witness: «T3»
`},
		{`ROI log – medical records dept
`, `«D» | pt «C5» | requested by «T6» | send to «A» | «R:sent|pending|denied – invalid signature»
`, `processed by «N4»; QA «N3»
`},
	}},
	{"foster_home_study", 2, 4, []variant{
		{`HOME STUDY — FOSTER CARE LICENSING
Applicants: «N1» and «N2»
Residence: «AB»
Licensing worker: «T4»

Household members:
`, `  «N5», age «NUM», «R:biological child|adult son|grandmother|boarder»«R:| – school contact «T6»| – visits «R:dad|mom» «N6» at «A»|»
`, `
References contacted: «T3»; «N6». Home inspected on «D». Nearest school: «XP». Church: «R:St. Paul's|First Baptist|Grace Lutheran».
`},
		{`Home study narrative (draft)
The «R:family|couple» lives at «A». «G1» works for «O» and «G2» is a teacher. They have a dog. «G1»'s sister «N3» lives nearby at «AS».
`, `Reference «I»: «N5» describes them as «R:patient|warm|organized|very involved in church».
`, `Worker: «N4», «D»; supervisor «T3»
`},
	}},
	{"grant_review", 3, 5, []variant{
		{`«R:Prairie Wind Foundation|Lakeside Community Action|Community Fund» — Grant Review Sheet
Applicant org: «O» (formerly funded by the «XB» Foundation)
Project lead: «N1»
Mailing address: «A»
Fiscal sponsor contact: «N2»

Reviewer | Score | Comment
`, `«N5» | «NUM» | «R:Strong plan; budget unclear|Would like letters from «N6»|Site visit at «AS» recommended|Good reach in «X» area»
`, `
Panel chair: «T3». Decision by «D». Board liaison: «N4»; program officer «N2», «E2».
`},
		{`reviewer,score,applicant,comment
`, `«N5»,«NUM»,"«C6»","«R:lives at «A»|contact via «E6»|co-lead «N7»|mentioned «X»»"
`, ``},
	}},
	{"code_enforcement_complaint", 2, 4, []variant{
		{`311 SERVICE REQUEST #«ID»
Type: «R:Housing - No Heat|Illegal Dumping|Overgrown Vegetation»
Location: «A»
Reporter: «R:«N1»|ANONYMOUS» (email «E1»)
Notes:
`, `  «D» – «R:Inspector|Crew lead|Supervisor» «N5»: «R:violation confirmed|no violation|posted notice|spoke with resident «N6»»
`, `Status: «R:Closed|Open|Referred to «XP» Housing Office»
`},
		{`CODE ENFORCEMENT — COMPLAINT INTAKE
Complaint #: CE-«ID»   Received: «D»
Complainant: «R:anonymous|«N1»»
Complainant address: «A»
Property: «A»
Owner of record: «C2»

Description:
`, `- «R:Tall grass and junk cars|Unpermitted fence|Trash in yard|Illegal short-term rental|No heat in units»«R:, neighbor «N5» also complained|»
`, `
Nearby: «XP». Assigned to: «T3». Site visit «D». Notice mailed to owner at «AB».
`},
		{`«O» code enf. note
inspector «G3»: went by «AS» «D». «R:no one home|talked to tenant «N5»|owner «T2» on site».
`, `  - photo «I»: «R:gutter|roof|yard|garage»
`, `
follow up w/ «T4». ref «X». owner mailing addr «A». cc «N1».
`},
	}},
	{"collections_call_log", 4, 8, []variant{
		{`[SMS thread export] acct «ID»
`, `«D» OUT to «PH»: «R:Hi «G1», this is «G5» w/ «O» re: your account. Call us back.|«S1», payment of $«NUM» is past due.|Hola «G1», llámenos por favor re: su cuenta.»
«D» IN: «R:wrong number this is «L6»|who is this|stop|i moved to «A» send it there|ok my sister «N6» will pay friday»
`, `[end of thread] agent «H5»
`},
		{`CALL LOG — Account «ID» — Debtor: «C1»
Address on file: «A»
`, `«D» «R:outbound|inbound» | rep «H5» | spoke with «R:«T1»|«N6» (spouse)|«N6» (says wrong number)|no one» | «R:promise to pay $«NUM»|disputes debt|skip trace: new addr «A»|cease-and-desist requested»
`, `Supervisor review: «N4»
Co-signer: «C2», «AB»
`},
		{`acct,debtor,address,last_contact,rep
`, `«ID»,"«C5»","«A»",«D»,«N6»
`, ``},
	}},
	{"exit_interview", 1, 3, []variant{
		{`exit interview – quick notes (typed on phone)
«L1» last day «D». says mgr «L2» was «R:fine|rough|great tbh».
`, `- wants «R:reference from|to thank|cc'd:» «L5»
`, `- fwd addr «A»
- send W-2 there. ok per «G4»
`},
		{`EXIT INTERVIEW
Employee: «N1»   Dept: «R:Warehouse|Nursing|Sales|IT|Customer Care»
Manager: «N2»   Interviewer: «N4»
Forwarding address: «A»
Last day: «D»

Q: Why are you leaving?
A: «R:Better pay at «XB»|Better pay at «O»|Moving to be near my mom|Conflict with «T2»|Schedule». 
`, `Q: Anyone you want to recognize?
A: «R:Yes, «N5» and «N6».|«G5» in payroll was great.|«T5» helped me a lot.»
`, `
Final paycheck mailed to «AB».
Notes: «X»
`},
		{`exit survey export (yaml)
employee: «N1»
manager: «N2»
forwarding_address: "«A»"
shoutouts:
`, `  - name: «N5»
    reason: "«R:mentoring|covered shifts|«X» project»"
`, `interviewer: «N4»
hr_partner: «N3»
`},
	}},
	{"performance_review", 2, 4, []variant{
		{`ANNUAL PERFORMANCE REVIEW — «R:2024|2025»
Employee: «C1»   Reviewer: «N2»
Location: «O», «A»
Training: «XP» leadership program

Goals:
`, `«I». «R:Onboard «N5»|Close the «X» account|Reduce overtime|Train «G5» on scheduling» — «R:met|exceeded|partially met»
`, `
Peer feedback from «N3» and «T4». Employee comments: "Thanks «G2»." Calibrated with «N2» and «R:«T4»|HR» on «D».
`},
		{`<review id="«ID»"><employee>«N1»</employee><manager>«T2»</manager>
`, `<feedback from="«N5»">«R:«G1» is great to work with|needs to document more|helped me with «X»»</feedback>
`, `<office>«A»</office><hr>«N3»</hr><skip_level>«T4»</skip_level></review>
`},
	}},
	{"protective_order_petition", 1, 3, []variant{
		{`PETITION FOR ORDER OF PROTECTION
Petitioner: «C1»
Petitioner's address: «R:«A»|CONFIDENTIAL»
Respondent: «C2»
Respondent's address: «AB»
Respondent's workplace: «R:«O»|«XB»», «A»

Protected persons:
`, `  «N5», «R:child|sister|mother|roommate», lives at «R:same address|«A»»
`, `
Describe the most recent incident: On «D», «G2» came to «AS» and «R:yelled|threatened|broke a window». «R:My neighbor|My friend|Officer» «T3» saw it.
Advocate: «N4» («X»)
`},
		{`Advocate intake notes («D»)
client: «N1» | referred by «T4»
`, `- «R:abuser|respondent|ex-partner» «N2» «R:knows|does not know» new address («AS»); «R:sister|friend|coworker» «N5» is safe contact
`, `- safety plan reviewed; shelter: «X»
- court date «D», judge «T3»; legal aid atty «N4», «A»
`},
	}},
}
