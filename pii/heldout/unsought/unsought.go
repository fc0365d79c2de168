// Package unsought is a blind labelled corpus of free text with person names
// and postal addresses in three locales (zh, de, en), written without seeing
// the detector, its lexicons, its tests or any other corpus. Each locale has
// fifteen kinds of text an organisation stores (applications, case notes,
// call logs, assessments, protocols, tables, JSON/CSV/XML/YAML fragments,
// chat, OCR-ish scans), with names, streets and cities of its own and many
// hard negatives: companies, brands, schools, hospitals, foundations, prizes,
// streets and places named after people, role words without names, login
// handles and e-mail addresses.
//
// Kinds (Doc.Kind), fifteen per locale, none of them a kind of an earlier
// corpus:
//   - zh: gongjijin_tiqu (公积金提取申请), xinfang_dengji (信访登记),
//     laodong_zhongcai (劳动仲裁申请), yimiao_jiezhong (预防接种登记),
//     renmin_tiaojie (人民调解协议), jiaofang_yanshou (交房验收单),
//     gongshang_biangeng (工商变更登记), jiating_yisheng_qianyue (家庭医生签约),
//     yanglao_ruzhu_pinggu (养老院入住评估), shangjia_ruzhu_shenhe (商家入驻审核),
//     yunchan_jiandang (孕产妇建档), tingke_jilu (听课记录),
//     cuishou_tonghua (催收通话记录), mianshi_pingjia (面试评价表),
//     lizhi_jiaojie (离职交接单);
//   - de: insolvenztabelle, bafoeg_bescheid, schiedsamt_protokoll,
//     betreuungsbeschluss, inkasso_schreiben, pflegegutachten, abmahnung,
//     mitarbeitergespraech, kfz_gutachten, dsgvo_auskunft,
//     einbuergerungsantrag, foerderplan, hilfeplanprotokoll, fahrtenbuch,
//     bewohnerparkausweis;
//   - en: fmla_request, small_claims_complaint, eviction_notice,
//     iep_meeting_notes, prior_authorization, workers_comp_claim,
//     research_study_enrollment, records_release_authorization,
//     foster_home_study, grant_review, code_enforcement_complaint,
//     collections_call_log, exit_interview, performance_review,
//     protective_order_petition.
//
// Labelling conventions (offsets are recorded while the text is appended):
//   - a name excludes titles, salutations, honorifics, roles and kinship
//     words: "Herr Müller" labels "Müller", "王芳女士" labels "王芳",
//     "Dr. Patel" labels "Patel"; "王老师", "李总", "张医生", "刘阿姨",
//     "老王" and "小李" label the surname only; a given name alone is a name;
//   - relation words, a possessive 's or German genitive -s, the "@" of a
//     mention and "c/o" are outside a name; login handles and e-mail
//     addresses are never names;
//   - a surname-first form with a comma is one span ("SCHMIDT, Anna"); a
//     full name with middle initials or particles is one span
//     ("Anna-Lena van der Berg", "J. Robert Oakes");
//   - an address runs from the street (US, DE) or the first administrative
//     division or road (zh) to the ZIP code, the city or the room, whichever
//     comes last; a block over several lines is one span; a recipient's name
//     line is a name, not part of the address; a country line is outside the
//     address; a road with a house number alone ("文三路128号",
//     "Lindenstraße 4") is an address;
//   - spans are in order, do not overlap and are not padded with spaces;
//     names hold no digits or newlines.
package unsought

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of Docs.
const DefaultSeed uint64 = 20

// DefaultN is the number of documents of Docs, a third per locale.
const DefaultN = 930

// Docs returns the corpus: Generate(DefaultSeed, 0).
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

// Generate returns n documents (DefaultN if n is 0); document i has locale
// heldout.Locales[i%3]. The same seed gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		locName := heldout.Locales[i%len(heldout.Locales)]
		l := localeOf(locName)
		k := l.kinds[(i/len(heldout.Locales)+int(seed))%len(l.kinds)]
		c := &ctx{r: r, l: l}
		v := k.vars[r.IntN(len(k.vars))]
		rows := k.min + 1 + r.IntN(k.max-k.min+2)
		c.expand(v.h)
		c.rows = rows
		for j := range rows {
			c.row = j
			for p := 5; p < len(c.people); p++ {
				c.people[p] = nil
			}
			c.expand(v.r)
		}
		c.expand(v.f)
		docs = append(docs, heldout.Doc{Locale: locName, Kind: k.name, Text: c.b.String(), Spans: c.spans})
	}
	return docs
}

func localeOf(name string) *locale {
	switch name {
	case heldout.ZH:
		return zhLocale
	case heldout.DE:
		return deLocale
	default:
		return enLocale
	}
}

// variant is one format of a kind: a head, a row repeated and a foot.
type variant struct{ h, r, f string }

type kind struct {
	name     string
	min, max int
	vars     []variant
}

type person struct {
	given, sur string
	female     bool
}

// locale holds a locale's pools and renderers. A renderer returns the text
// before the name, the name (labelled) and the text after it.
type locale struct {
	kinds  []kind
	person func(c *ctx) person
	render func(c *ctx, p person, form byte) (pre, name, post string)
	addr   func(c *ctx, form string) string
	neg    func(c *ctx) string
	negP   []string // places and institutions named after people
	negB   []string // brands, firms and products named after people
	org    func(c *ctx) string
	role   func(c *ctx) string
	date   func(c *ctx) string
	phone  func(c *ctx) string
	email  func(c *ctx, p person) string
	handle func(c *ctx, p person) string
}

type ctx struct {
	r         *rand.Rand
	l         *locale
	b         strings.Builder
	spans     []heldout.Span
	people    [10]*person
	row, rows int
}

func (c *ctx) of(s []string) string { return s[c.r.IntN(len(s))] }
func (c *ctx) pick(s ...string) string {
	return s[c.r.IntN(len(s))]
}
func (c *ctx) chance(p float64) bool { return c.r.Float64() < p }
func (c *ctx) num(lo, hi int) int    { return lo + c.r.IntN(hi-lo+1) }
func (c *ctx) itoa(lo, hi int) string {
	return strconv.Itoa(c.num(lo, hi))
}

func (c *ctx) digits(n int) string {
	var sb strings.Builder
	for i := range n {
		d := c.r.IntN(10)
		if i == 0 && d == 0 {
			d = 1 + c.r.IntN(9)
		}
		sb.WriteByte(byte('0' + d))
	}
	return sb.String()
}

func (c *ctx) text(s string) { c.b.WriteString(s) }

func (c *ctx) label(t pii.Type, v string) {
	if v == "" {
		return
	}
	start := c.b.Len()
	c.b.WriteString(v)
	c.spans = append(c.spans, heldout.Span{Type: t, Start: start, End: c.b.Len()})
}

func (c *ctx) personAt(i int) person {
	if i == 0 {
		return c.l.person(c)
	}
	if c.people[i] == nil {
		p := c.l.person(c)
		c.people[i] = &p
	}
	return *c.people[i]
}

// expand writes a template. «X» is a placeholder: «N1» a full name of the
// doc's person 1 (0 or none: a new person; 5-9 are new in each row), «T1»
// the person with a title, «G1» the given name, «L1» a casual chat form,
// «C1» a formal surname-first or capitalised form, «E1» the person's e-mail
// and «H1» a login handle (both never labelled); «A» an address on one line,
// «AB» an address block, «AS» a short address; «X» a hard negative, «O» an
// organisation, «ROLE» a role word, «D» a date, «PH» a phone number, «ID» a
// reference, «NUM» a small number, «I» the row number, «J» a comma between
// rows, «R:a|b» one of the options (options may hold placeholders).
func (c *ctx) expand(s string) {
	for len(s) > 0 {
		i := strings.Index(s, "«")
		if i < 0 {
			c.text(s)
			return
		}
		c.text(s[:i])
		s = s[i+len("«"):]
		depth, j := 0, 0
		for j = 0; j < len(s); {
			if strings.HasPrefix(s[j:], "«") {
				depth++
				j += len("«")
				continue
			}
			if strings.HasPrefix(s[j:], "»") {
				if depth == 0 {
					break
				}
				depth--
				j += len("»")
				continue
			}
			j++
		}
		tok := s[:j]
		s = s[min(j+len("»"), len(s)):]
		c.token(tok)
	}
}

func splitTop(s string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "«"):
			depth++
			i += len("«")
		case strings.HasPrefix(s[i:], "»"):
			depth--
			i += len("»")
		case s[i] == '|' && depth == 0:
			out = append(out, s[last:i])
			i++
			last = i
		default:
			i++
		}
	}
	return append(out, s[last:])
}

func (c *ctx) token(tok string) {
	if strings.HasPrefix(tok, "R:") {
		opts := splitTop(tok[2:])
		c.expand(opts[c.r.IntN(len(opts))])
		return
	}
	switch tok {
	case "A", "AB", "AS":
		c.label(pii.PostalAddress, c.l.addr(c, tok))
		return
	case "X":
		c.text(c.l.neg(c))
		return
	case "XP":
		c.text(c.of(c.l.negP))
		return
	case "XB":
		c.text(c.of(c.l.negB))
		return
	case "O":
		c.text(c.l.org(c))
		return
	case "ROLE":
		c.text(c.l.role(c))
		return
	case "D":
		c.text(c.l.date(c))
		return
	case "PH":
		c.text(c.l.phone(c))
		return
	case "ID":
		c.text(string(rune('A'+c.r.IntN(26))) + c.digits(c.num(5, 8)))
		return
	case "NUM":
		c.text(c.itoa(1, 99))
		return
	case "I":
		c.text(strconv.Itoa(c.row + 1))
		return
	case "J":
		if c.row < c.rows-1 {
			c.text(",")
		}
		return
	}
	if len(tok) >= 1 && len(tok) <= 2 && strings.ContainsRune("NTGLCEHS", rune(tok[0])) {
		idx := 0
		if len(tok) == 2 {
			idx = int(tok[1] - '0')
		}
		p := c.personAt(idx)
		switch tok[0] {
		case 'E':
			c.text(c.l.email(c, p))
		case 'H':
			c.text(c.l.handle(c, p))
		default:
			pre, name, post := c.l.render(c, p, tok[0])
			c.text(pre)
			c.label(pii.PersonName, name)
			c.text(post)
		}
		return
	}
	c.text("«" + tok + "»")
}

func fields(s string) []string { return strings.Fields(s) }
