package unseen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// deNegatives hold companies, products, institutions and streets named after
// people, surnames that are also trades or animals used as ordinary nouns, and
// the capitalised phrases of German letters; none holds a label.
var deNegatives = []string{
	"Ihre Bestellung wurde heute versandt.",
	"Der Koch im Gasthaus war leider krank.",
	"Die Fischer am Hafen verkaufen nur frühmorgens.",
	"Im Harz wurde wieder ein Wolf gesichtet.",
	"Der Schneider kürzt die Hose bis Freitag.",
	"Die Pizza von Dr. Oetker war noch tiefgefroren.",
	"Die Hugo Boss AG meldet bessere Zahlen.",
	"Die Porsche AG liefert den Wagen später.",
	"Der Bosch-Akkuschrauber ist defekt.",
	"Der Kurs findet im Goethe-Institut statt.",
	"Das Max-Planck-Institut sucht Probanden.",
	"Haribo macht Kinder froh.",
	"Die Melitta-Filter sind ausverkauft.",
	"Bitte keine Ritter Sport mehr mitbringen.",
	"Die Faber-Castell-Stifte liegen im Regal.",
	"Zum Grillen gab es Beck's.",
	"Die Märklin-Eisenbahn steht im Keller.",
	"Ich habe das bei Rossmann gekauft.",
	"Der Braun-Rasierer ist noch in Garantie.",
	"Beim Otto-Versand dauert es länger.",
	"Der Drogeriemarkt Müller hat sonntags zu.",
	"Das ist ein richtiger Tante-Emma-Laden.",
	"Meister Proper hilft da auch nicht.",
	"Vielen Dank für Ihre Geduld.",
	"Sehr geehrte Damen und Herren, bitte beachten Sie die Hinweise.",
	"Die Konrad-Adenauer-Stiftung vergibt Stipendien.",
	"Wir fahren über Karlsruhe nach Friedrichshafen.",
	"Die Carl Zeiss AG stellt in Jena ein.",
	"Siemens und Miele haben geantwortet.",
	"Der Weber am Markt hat schöne Stoffe.",
	"Frank und frei gesagt: das war zu teuer.",
	"Es wird ernst mit der Umstellung.",
	"Die Lieferung erfolgt per DHL Express.",
	"Bitte Rückruf unter der bekannten Nummer.",
}

func deNeg(r *rand.Rand) string { return pick(r, deNegatives) }

var deKinds = []kind{
	{"support-chat", deSupportChat},
	{"court-filing", deCourtFiling},
	{"hr-onboarding", deHR},
	{"shipping-manifest", deManifest},
	{"appointment-sms", deAppointment},
	{"forum-post", deForum},
	{"git-trailer", deGit},
	{"ics-invite", deICS},
	{"vcard", deVCard},
	{"sql-insert", deSQL},
	{"log-lines", deLog},
	{"letter-co", deLetter},
	{"classified-ad", deClassified},
	{"lease", deLease},
	{"meeting-minutes", deMinutes},
	{"negative-only", deNegativeOnly},
}

// deTitled is the name as addressed, with any academic title outside the
// name: "Dr. " + N("Anna Becker").
func deTitled(r *rand.Rand, p person) string {
	t := pick(r, []string{"", "", "", "Dr. ", "Prof. Dr. ", "Dipl.-Ing. "})
	return t + N(p.Short())
}

func deSupportChat(r *rand.Rand) string {
	c, ag := dePerson(r), dePerson(r)
	a := deAddress(r)
	return fmt.Sprintf(`Kundenservice-Chat #%s
%s (Service): Guten Tag, hier ist %s vom Kundenservice. Wie kann ich helfen?
Kunde: Hallo, %s hier. %s Aber das Paket kam nie an.
%s (Service): Das tut mir leid, %s %s. Ist die Lieferadresse %s noch richtig?
Kunde: %s
%s (Service): Danke! Ich veranlasse eine Neuzustellung.`,
		digits(r, 7), N(ag.Given), N(ag.Given), N(c.Short()), deNeg(r), N(ag.Given), c.deHonorific(), N(c.Family), A(a.Inline(r)),
		pick(r, []string{"Ja, passt.", "Nein, ich bin umgezogen: " + A(deAddress(r).Inline(r)), "Ja genau"}), N(ag.Given))
}

func deCourtFiling(r *rand.Rand) string {
	k, b, ra := dePerson(r), dePerson(r), dePerson(r)
	kl := "Klägerin"
	if !k.Female {
		kl = "Kläger"
	}
	gegen := fmt.Sprintf("%s %s, %s", map[bool]string{true: "die Frau", false: "den Herrn"}[b.Female], N(b.Short()), A(deAddress(r).Inline(r)))
	if chance(r, 0.35) {
		gegen = pick(r, []string{"die Dr. August Oetker KG", "die Hugo Boss AG", "die Dr. Ing. h.c. F. Porsche AG", "die Adolf Würth GmbH & Co. KG"}) + ", vertreten durch den Vorstand"
	}
	return fmt.Sprintf(`Landgericht %s
Az.: %d O %d/26

KLAGE

In dem Rechtsstreit

%s %s,
%s,
– %s –

Prozessbevollmächtigte: Rechtsanwältin %s,
%s

gegen

%s

wegen Schadensersatz

Namens und in Vollmacht der %s beantragen wir ... Zeuge: %s, zu laden über die %s.`,
		pick(r, []string{"Köln", "Hamburg", "München I", "Frankfurt am Main"}), 1+r.IntN(30), 1+r.IntN(900),
		map[bool]string{true: "der Frau", false: "des Herrn"}[k.Female], N(k.Short()), A(deAddress(r).Inline(r)), kl,
		deTitled(r, ra), A(deAddress(r).Block(r)), gegen, kl, N(dePerson(r).Short()), kl)
}

func deHR(r *rand.Rand) string {
	p, n, v := dePerson(r), dePerson(r), dePerson(r)
	return fmt.Sprintf(`Personalbogen – Neueinstellung
Name, Vorname:      %s
Geburtsname:        %s
Anschrift:          %s
Notfallkontakt:     %s (%s)
Vorgesetzte/r:      %s
Eintritt:           %02d.%02d.2026
Bemerkung: %s`,
		N(p.Family+", "+p.Given), N(skew(r, deFamily)), A(deAddress(r).Inline(r)), N(n.Short()),
		pick(r, []string{"Ehefrau", "Ehemann", "Mutter", "Vater", "Lebensgefährtin"}), N(v.Short()), 1+r.IntN(28), 1+r.IntN(12), deNeg(r))
}

func deManifest(r *rand.Rand) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Versandliste %s – Absender: %s\nSendungsnr.;Empfänger;Anschrift;Gewicht\n", digits(r, 6),
		pick(r, []string{"Dr. Oetker Versand", "Hugo Boss Outlet", "Porsche Design Store", "Melitta Europa GmbH"}))
	for i := 0; i < 2+r.IntN(3); i++ {
		p := dePerson(r)
		name := p.Short()
		if chance(r, 0.3) {
			name = strings.ToUpper(name)
		}
		fmt.Fprintf(&b, "%s;%s;\"%s\";%d,%d kg\n", digits(r, 12), N(name), A(deAddress(r).Inline(r)), 1+r.IntN(30), r.IntN(10))
	}
	return strings.TrimRight(b.String(), "\n")
}

func deAppointment(r *rand.Rand) string {
	p, d := dePerson(r), dePerson(r)
	return fmt.Sprintf("Praxis Dr. med. %s: %s %s %s, Ihr Termin ist am %02d.%02d. um %d:%02d Uhr. Neue Adresse: %s. Absagen bitte 24 h vorher.",
		N(d.Family), map[bool]string{true: "Liebe", false: "Lieber"}[p.Female], p.deHonorific(), N(p.Family),
		1+r.IntN(28), 1+r.IntN(12), 7+r.IntN(11), 15*r.IntN(4), A(deAddress(r).Inline(r)))
}

func deForum(r *rand.Rand) string {
	op, helper := dePerson(r), dePerson(r)
	return fmt.Sprintf(`Re: Nachbarschaftshilfe Umzug
Hallo %s,

ich kann am Samstag helfen. %s Wir treffen uns bei mir, %s, so gegen neun? Mein %s bringt den Anhänger mit.

Viele Grüße
%s`, N(op.Given), deNeg(r), A(deAddress(r).Inline(r)), pick(r, []string{"Mann", "Sohn", "Nachbar"})+" "+N(skew(r, deGivenM)), N(helper.Given))
}

func deGit(r *rand.Rand) string {
	a, b := dePerson(r), dePerson(r)
	ascii := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", " ", "", "ş", "s", "ı", "i", "ś", "s")
	mail := func(p person) string { return ascii.Replace(strings.ToLower(p.Given+"."+p.Family)) + "@example.de" }
	return fmt.Sprintf(`Adressprüfung: Postfach-Anschriften zulassen

Bisher wurden Postfächer abgelehnt.

Tested-by: %s <%s>
Acked-by: %s <%s>
Signed-off-by: %s <%s>`, N(b.Short()), mail(b), N(dePerson(r).Short()), "noreply@example.de", N(a.Short()), mail(a))
}

func deICS(r *rand.Rand) string {
	o, p := dePerson(r), dePerson(r)
	return fmt.Sprintf("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Wohnungsübergabe\r\nORGANIZER;CN=\"%s\":mailto:hausverwaltung@example.de\r\nATTENDEE;CN=%s:mailto:mieter%s@example.de\r\nLOCATION:%s\r\nDESCRIPTION:Zählerstände ablesen. Schlüssel bei %s %s.\r\nEND:VEVENT\r\nEND:VCALENDAR",
		N(o.Short()), N(p.Short()), digits(r, 3), A(icsEscape(deAddress(r).Inline(r))), p.deHonorific(), N(p.Family))
}

func deVCard(r *rand.Rand) string {
	p, a := dePerson(r), deAddress(r)
	st := a.Street
	if a.Extra != "" {
		st += " " + a.Extra
	}
	return fmt.Sprintf("BEGIN:VCARD\nVERSION:4.0\nN:%s;%s;;;\nFN:%s\nORG:%s\nADR;TYPE=home:;;%s;Deutschland\nEND:VCARD",
		N(p.Family), N(p.Given), N(p.Short()), pick(r, []string{"Robert Bosch GmbH", "Dr. Oetker", "Porsche AG", "Stadtwerke Kiel"}),
		A(st+";"+a.T.Ort+";;"+a.T.PLZ))
}

func deSQL(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("INSERT INTO `kunden` (`id`,`vorname`,`nachname`,`anschrift`) VALUES\n")
	rows := 2 + r.IntN(3)
	for i := 0; i < rows; i++ {
		p := dePerson(r)
		sep := ","
		if i == rows-1 {
			sep = ";"
		}
		fmt.Fprintf(&b, "(%d,'%s','%s','%s')%s\n", 1+r.IntN(99999), N(p.Given), N(p.Family), A(deAddress(r).Inline(r)), sep)
	}
	return strings.TrimRight(b.String(), "\n")
}

func deLog(r *rand.Rand) string {
	var b strings.Builder
	for i := 0; i < 2+r.IntN(3); i++ {
		p := dePerson(r)
		ts := fmt.Sprintf("%02d.%02d.2026 %02d:%02d:%02d", 1+r.IntN(28), 1+r.IntN(12), r.IntN(24), r.IntN(60), r.IntN(60))
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "%s INFO  Lieferung angelegt: empfaenger=%s adresse=\"%s\"\n", ts, N(strings.ReplaceAll(p.Short(), " ", ".")), A(deAddress(r).Inline(r)))
		case 1:
			fmt.Fprintf(&b, "%s FEHLER Kunde <%s> – Anschrift unzustellbar: %s\n", ts, N(strings.ToUpper(p.Family)+", "+p.Given), A(deAddress(r).Inline(r)))
		case 2:
			fmt.Fprintf(&b, "%s DEBUG {\"kunde\": \"%s\", \"ort\": \"%s\"}\n", ts, N(strings.ToLower(p.Short())), A(deAddress(r).Inline(r)))
		default:
			fmt.Fprintf(&b, "%s WARN  Lieferant=%s Hinweis=%s\n", ts, pick(r, []string{"Dr.Oetker", "HUGO BOSS", "Porsche"}), deNeg(r))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// deLetter writes a letter whose address block may carry a c/o line: the name
// after c/o is labelled when it is a person's and left alone when it is a
// company's; the c/o line itself is not part of the address.
func deLetter(r *rand.Rand) string {
	from, to := dePerson(r), dePerson(r)
	co := ""
	switch r.IntN(3) {
	case 0:
		co = "c/o " + N(dePerson(r).Short()) + "\n"
	case 1:
		co = "c/o " + pick(r, []string{"Müller Consulting GmbH", "Hotel Kaiserhof", "Dr. Oetker KG"}) + "\n"
	}
	gruss := "Sehr geehrte Frau"
	if !to.Female {
		gruss = "Sehr geehrter Herr"
	}
	return fmt.Sprintf(`%s · %s

%s
%s
%s%s

%s, %02d.%02d.2026

%s %s,

%s Bitte senden Sie die Unterlagen an die obige Anschrift.

Mit freundlichen Grüßen

%s`, N(from.Short()), A(deAddress(r).Inline(r)), to.deHonorific(), deTitled(r, to), co, A(deAddress(r).Block(r)),
		pick(r, []string{"Berlin", "Kiel", "Passau"}), 1+r.IntN(28), 1+r.IntN(12), gruss, N(to.Family), deNeg(r), N(from.Short()))
}

func deClassified(r *rand.Rand) string {
	s := dePerson(r)
	return fmt.Sprintf(`Verkaufe gut erhaltenen Kinderwagen (Marke Hauck), VB 80 €. %s Abholung in %s, gerne ab 17 Uhr. Gruß, %s`,
		deNeg(r), A(deAddress(r).Inline(r)), N(pick(r, []string{s.Given, s.Short(), s.Given + " " + string([]rune(s.Family)[:1]) + "."})))
}

func deLease(r *rand.Rand) string {
	v, m := dePerson(r), dePerson(r)
	return fmt.Sprintf(`MIETVERTRAG
zwischen %s, wohnhaft %s (Vermieter)
und %s, bisher wohnhaft %s (Mieter)
über die Wohnung %s.
§ 1 Die Miete beträgt %d,00 € monatlich. %s`,
		N(v.Short()), A(deAddress(r).Inline(r)), N(m.Short()), A(deAddress(r).Inline(r)), A(deAddress(r).Block(r)), 400+r.IntN(1200), deNeg(r))
}

func deNegativeOnly(r *rand.Rand) string {
	return fmt.Sprintf("%s %s %s Der Laden in der Goethestraße hat jetzt auch Ritter Sport.", deNeg(r), deNeg(r), deNeg(r))
}

// deMinutes names members with Herr/Frau and surnames that are also nouns
// (Koch, Wolf, Fischer, Schneider) next to the same nouns used as nouns.
func deMinutes(r *rand.Rand) string {
	var present []string
	for i := 0; i < 3+r.IntN(3); i++ {
		p := dePerson(r)
		if chance(r, 0.3) {
			p.Family = pick(r, []string{"Koch", "Wolf", "Fischer", "Schneider", "Weber", "Frank", "Kaiser", "König"})
		}
		present = append(present, p.deHonorific()+" "+N(p.Family))
	}
	chair := dePerson(r)
	return fmt.Sprintf(`Protokoll der Mitgliederversammlung des Kleingartenvereins „Sonnenschein“ e. V.
Anwesend: %s
Versammlungsleitung: %s
TOP 1: Der Koch für das Sommerfest hat abgesagt; die Fischer vom See liefern wieder Forellen.
TOP 2: Neue Vereinsanschrift: %s.
TOP 3: %s`, strings.Join(present, ", "), N(chair.Short()), A(deAddress(r).Inline(r)), deNeg(r))
}
