package pii

import (
	"context"
	"fmt"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// Config configures a Detector. The zero value detects every type with the
// default phone regions.
type Config struct {
	// Types limits detection to these types; empty means every type. The
	// structured types alone (StructuredTypes) skip the dictionary work for
	// names and addresses.
	Types []Type
	// Regions are the ISO 3166-1 regions whose numbering plans are tried, in
	// order, for phone numbers written without a country code. Empty means
	// CN, US, DE. Numbers written with "+" are validated in their own
	// country whatever this says.
	Regions []string
	// MinConfidence drops findings less confident than this; 0 keeps all.
	MinConfidence float64
	// RulesOnly finds person names by the rules alone, without the name
	// model (namemodel.go), which reads what the rules leave.
	RulesOnly bool
}

// Detector finds personal information in text. It is immutable once built
// and safe for concurrent use.
type Detector struct {
	on      [numTypes]bool
	regions []string
	minConf float64
	trigger [256]uint8 // which handler a byte starts, 0 for none
	names   bool       // names or addresses need the dictionary pass
	swar    bool       // only digits, '@' and serial letters trigger: skip eight bytes at a time

	phoneMemo   phoneMemo  // numbering-plan answers (see validPhone)
	nameModel   *nameModel // names the rules leave (namemodel.go); nil for none
	nameModelZH *nameModel // Chinese names the rules leave (namemodel_cn.go); nil for none
}

const (
	trigDigit = 1 + iota
	trigAt
	trigUpper  // a capitalised word: names (Latin script)
	trigHan    // the lead byte of a CJK ideograph: names (Chinese)
	trigSerial // a letter that may begin a German passport serial of letters only
	trigLower  // a double quote or a tab: a name in lower case as a value (see lowerName)
	// An equals sign: a log's key that names a person before a value in
	// lower case ("geprueft_von=jasmina", see lowerAfterEq, name_round19.go).
	// Next to trigLower: mayOpen tests both alike.
	trigEq
	// The lead byte of a two-byte Latin letter: a capitalised word when
	// the letter is a capital ("Özlem", "Şahin", "Łukasz", "Çelik"),
	// which immigrant families' names often begin with.
	trigUpperX
	trigLine // a newline: a line that opens in lower case (see lowerLine)
	// Punctuation before a clause typed in lower case that may name a
	// person (namelower.go): a sign-off's dash, a label's colon, a
	// sentence's stop. These and trigComma come last: skip's mayOpen
	// tests the bytes around them from trigDash on.
	trigDash
	trigColon
	trigStop
	// A comma before a given name typed in lower case and a verb (see
	// lowerAfterComma, namechat.go).
	trigComma
)

// New returns a Detector for cfg.
func New(ctx context.Context, cfg Config) (*Detector, error) {
	d := &Detector{regions: cfg.Regions, minConf: cfg.MinConfidence}
	if len(d.regions) == 0 {
		d.regions = []string{"CN", "US", "DE"}
	}
	for _, r := range d.regions {
		if len(phonenumbers.GetSupportedRegions()) > 0 && !phonenumbers.GetSupportedRegions()[r] {
			return nil, fmt.Errorf("new detector: unknown phone region %q", r)
		}
	}
	if len(cfg.Types) == 0 {
		cfg.Types = Types()
	}
	for _, t := range cfg.Types {
		if t == 0 || t >= numTypes {
			return nil, fmt.Errorf("new detector: unknown type %d", t)
		}
		d.on[t] = true
	}
	for c := '0'; c <= '9'; c++ {
		d.trigger[c] = trigDigit
	}
	if d.on[Email] {
		d.trigger['@'] = trigAt
	}
	if d.on[PersonName] {
		d.names = true
		for c := 'A'; c <= 'Z'; c++ {
			d.trigger[c] = trigUpper
		}
		for c := 0xE4; c <= 0xE9; c++ {
			d.trigger[c] = trigHan
		}
		d.trigger['"'], d.trigger['\t'] = trigLower, trigLower
		d.trigger[0xC3], d.trigger[0xC4], d.trigger[0xC5] = trigUpperX, trigUpperX, trigUpperX
		d.trigger['\n'] = trigLine
		d.trigger['-'], d.trigger[':'], d.trigger['.'], d.trigger['!'], d.trigger['?'] = trigDash, trigColon, trigStop, trigStop, trigStop
		d.trigger[','] = trigComma
		d.trigger['='] = trigEq
		d.trigger['@'] = trigAt // a mention (namechat.go), if no email address
		if !cfg.RulesOnly {
			d.nameModel = defaultNameModel
			d.nameModelZH = defaultNameModelZH
		}
	}
	if d.on[Passport] && !d.names {
		for _, c := range serialFirst {
			d.trigger[c] = trigSerial
		}
	}
	d.swar = !d.names
	return d, nil
}

// Default is a Detector with the zero Config, for callers that need no
// configuration.
var Default = func() *Detector {
	d, err := New(context.Background(), Config{})
	if err != nil {
		panic(err)
	}
	return d
}()

// Enabled reports whether d detects type t.
func (d *Detector) Enabled(t Type) bool { return t < numTypes && d.on[t] }

// Detect returns the findings in text, ordered by start, not overlapping.
func (d *Detector) Detect(text []byte) []Finding {
	return d.AppendFindings(nil, text, 0)
}

// DetectString is Detect for a string.
func (d *Detector) DetectString(text string) []Finding { return d.Detect([]byte(text)) }

// AppendFindings appends the findings in text to dst, their offsets shifted
// by base (the offset of text within a larger stream), and returns dst.
// The text is normalised first (see normalise.go): an identifier written in
// full-width digits, or with ideographic spaces or zero-width characters
// between its digits, is found, its span that of the text as written.
func (d *Detector) AppendFindings(dst []Finding, text []byte, base int64) []Finding {
	n := normalise(text)
	if n == nil {
		return d.appendRaw(dst, text, base)
	}
	first := len(dst)
	dst = d.appendRaw(dst, n.b, 0)
	for i := first; i < len(dst); i++ {
		s, e := n.span(dst[i].Start, dst[i].End)
		dst[i].Start, dst[i].End = base+s, base+e
	}
	return dst
}

// appendRaw is AppendFindings on text as written.
func (d *Detector) appendRaw(dst []Finding, text []byte, base int64) []Finding {
	refreshToday()
	s := scan{d: d, b: text, out: dst, first: len(dst), base: base}
	s.run(0, len(text))
	return s.out
}

// maxAdvance bounds how far one candidate moves the cursor past its first
// byte when it matches nothing (a long digit run, a long run of
// ideographs): the rest of such a token is read as further candidates,
// which fail on their left boundary. The bound is what lets a stream be
// scanned in windows exactly as it would be whole (see chunker).
const maxAdvance = 256

// run scans s.b from i until the cursor reaches stop and returns the
// cursor, which may lie beyond stop when a candidate before it extends past.
func (s *scan) run(i, stop int) int {
	d, b := s.d, s.b
	from := i
	if i == 0 && s.base == 0 && d.names && len(b) > 2 && isLower(b[0]) {
		i = s.lowerLine(0) // the text's first line, as after a newline
	} else if i == 0 && s.base == 0 && d.names && len(b) > 8 && b[0] == '[' {
		i = s.deChatSpeaker(0) // "[20:56] frauke: …" (namede_round15.go)
	}
	kin := len(b) // where a lower-case name after "my cousin" may start (namekin.go)
	if d.names {
		s.kinMore = [2]int{-1, -1}
		kin = s.nextKin(from)
	}
	for i < stop {
		// The hot loop: most bytes are not candidates.
		if kin < i {
			// A candidate before read past it ("hey i'm aisha, 38" on a
			// line the lower-case rules read whole): no finding covers it.
			s.kinName(kin)
			kin = s.nextKin(i)
		}
		i = s.skip(i, min(stop, kin))
		if i == kin && i < stop {
			i = max(s.kinName(i), i+1)
			continue
		}
		if i >= stop {
			break
		}
		i0 := i
		switch d.trigger[b[i]] {
		case trigDigit:
			i = s.digit(i)
			// A list's number and a name typed in lower case: "12: frau dreher".
			if d.names && i+8 < len(b) && b[i] == ':' && b[i+1] == ' ' && (b[i+2] == 'f' || b[i+2] == 'h') {
				if e := s.lowerTitled(i + 2); e > i+2 {
					i = e
				} // else the colon is read next: "…-7288: hey betty" (trigColon)
			}
		case trigAt:
			i = s.at(i)
		case trigUpper:
			s.stretch = 0
			i = max(s.upper(i), s.stretch) // a name emit stretched (secondSurname)
		case trigHan:
			i = s.hanRun(i)
		case trigSerial:
			i = s.serial(i)
		case trigUpperX:
			if i+2 < len(b) && (capAt(b, i) || b[i] != 0xC3 && extACapital(b[i], b[i+1]) && (isLower(b[i+2]) || isUpper(b[i+2]))) {
				s.stretch = 0
				i = max(s.upper(i), s.stretch)
			} else {
				i += 2
			}
		case trigLine:
			if i+1 < len(b) && (b[i+1] == '\n' || b[i+1] == '\r') {
				s.table, s.csv, s.columns = tableMemory{}, tableMemory{}, tableMemory{} // a blank line ends a table
			}
			if i+2 < len(b) && (isLower(b[i+1]) || b[i+1] == '-' || b[i+1] == '~' || b[i+1] == '*') {
				i = s.lowerLine(i + 1)
			} else if i+2 < len(b) && b[i+1] == '[' {
				i = max(s.deChatSpeaker(i+1), i+1) // "[20:56] frauke: …" (namede_round15.go)
			} else {
				i++
			}
		case trigLower:
			if i+1 < len(b) && isLower(b[i+1]) {
				i = s.lowerName(i)
			} else {
				i++
			}
		case trigDash:
			i = s.lowerAfterDash(i)
		case trigColon:
			i = s.lowerAfterColon(i)
		case trigStop:
			i = s.lowerAfterStop(i)
		case trigComma:
			i = s.lowerAfterComma(i)
		case trigEq:
			i = s.lowerAfterEq(i)
		}
		if lim := max(i0+maxAdvance, s.floor); i > lim {
			i = lim
		}
		if i <= i0 {
			i = i0 + 1 // every rule moves on
		}
	}
	if kin < i {
		// The candidate that ended the pass read past a lower-case name's
		// start: read it now, as a scan of the whole text does next, not
		// lose it to the next window, which starts at the cursor.
		s.kinName(kin)
	}
	return i
}

// scan is the state of one pass over a text.
type scan struct {
	d      *Detector
	b      []byte
	out    []Finding
	first  int   // index in out of this pass's first finding
	base   int64 // offset of b in the stream
	floor  int   // end of the last finding: look-backs stop here
	listed bool  // emitting the names of a list split apart (listPairSplit): no comma joins them again
	emits  int   // findings emitted so far, kept or not
	caps   int   // 1 + where the capitalised word before the current one began, or 0
	// word(b, wordAt-1) is wordEnd (wordAt 0: none yet), see (*scan).word.
	wordAt, wordEnd int
	// word(b, upAt-1) is upEnd: the capitalised word upper is at, which
	// its rules ask for between their reads of other words.
	upAt, upEnd int
	upLex       uint8 // what the lexicons answered for that word (upKnown…)
	upPart      int   // 1 + deParticleStart of that word, or 0 before it is asked
	// capsWord(b, capsAt-1, …) is capsEnd and capsBuf[:capsN] (see
	// (*scan).capsWord).
	capsAt, capsEnd, capsN int
	capsBuf                [32]byte
	// The floor before the last person name and where that name starts:
	// an address read back from its number may take in a word the name
	// rules read as a name ("> Talstr. 120"), see streetOverName.
	nameFloor, nameStart int
	recall               recall      // names found in full so far (namerecall.go)
	stretch              int         // where emit moved a name's end past its rule's (secondSurname)
	kinMore              [2]int      // where nextKin's other cues next put a lower-case name (namekin.go)
	table, csv           tableMemory // the header of the table being read, by its cells' shape and as CSV (name_round18.go)
	columns              tableMemory // what its columns hold: streets, things (address_de_round20.go)
}

// word is word(s.b, p), remembered for the last p asked: upper's rules
// (upper1, lexiconPair, surnameAfterNoun) read the same capitalised word
// one after another.
func (s *scan) word(p int) int {
	if p+1 == s.upAt {
		return s.upEnd // small enough to inline: most calls end here
	}
	return s.wordOther(p)
}

// wordOther is (*scan).word of a word other than upper's, kept out of line
// so that (*scan).word inlines.
//
//go:noinline
func (s *scan) wordOther(p int) int {
	if s.wordAt != p+1 {
		s.wordAt, s.wordEnd = p+1, word(s.b, p)
	}
	return s.wordEnd
}

// Bits of scan.upLex.
const (
	upGivenKnown = 1 << iota
	upGivenYes
	upSurnameKnown
	upSurnameYes
)

// upWord reports whether [p, e) is the capitalised word upper is at.
func (s *scan) upWord(p, e int) bool { return p+1 == s.upAt && e == s.upEnd }

// upGiven is isFirstNameB of upper's word, looked up once: its rules ask
// it of the same word one after another.
func (s *scan) upGiven() bool {
	if s.upLex&upGivenKnown == 0 {
		s.lookUpGiven() // out of line, so that the answer, once known, inlines
	}
	return s.upLex&upGivenYes != 0
}

//go:noinline
func (s *scan) lookUpGiven() {
	s.upLex |= upGivenKnown
	if isFirstNameB(s.b[s.upAt-1 : s.upEnd]) {
		s.upLex |= upGivenYes
	}
}

// upSurname is isSurnameB of upper's word, looked up once.
func (s *scan) upSurname() bool {
	if s.upLex&upSurnameKnown == 0 {
		s.lookUpSurname()
	}
	return s.upLex&upSurnameYes != 0
}

//go:noinline
func (s *scan) lookUpSurname() {
	s.upLex |= upSurnameKnown
	if isSurnameB(s.b[s.upAt-1 : s.upEnd]) {
		s.upLex |= upSurnameYes
	}
}

// emit records a finding. A finding that begins before earlier ones (an
// email address found from its '@', an address found from its house number)
// replaces those it overlaps.
func (s *scan) emit(t Type, start, end int, conf float64, validation string) {
	if !s.d.on[t] || conf < s.d.minConf || t == PersonName && (eponymSpan(s.b, start, end) || fictionalName(s.b, start, end) || cityNotPerson(s.b, start, end) || notPerson12(s.b, start, end) || deNotPerson15(s.b, start, end) || deNotPerson16(s.b, start, end, validation) || de17NotPerson(s.b, start, end, validation) || de18NotPerson(s.b, start, end, validation) || notPerson19(s.b, start, end, validation) || notPerson20(s.b, start, end) || notPerson21(s.b, start, end, validation) || wordsOnly(s.b, start, end, validation) || placeNotPerson15(s.b, start, end) || monthDay(s.b, start, end) || institutionName(s.b, start, end) || notPerson17(s.b, start, end) || cnDivisionName(s.b, start, end) || hanWord(s.b, start, end) || s.thingCell(start)) || t == PostalAddress && blockNumber(s.b, start, end) {
		return
	}
	if t == PersonName {
		if c := listPairSplit(s.b, start, end); c > start {
			// "Heinrich, Ursula Neumann": two helpers (name_round19.go).
			s.listed = true
			s.emit(PersonName, start, c, conf, validation)
			s.emit(PersonName, c+2, end, conf, validation)
			s.listed = false
			return
		}
		if c := fixedRowSplit(s.b, start, end); c > start {
			// "1  HOFFMANN  Hans-Jürgen  15.05.1960": two cells (name_round20.go).
			s.emit(PersonName, start, c, conf, validation)
			s.emit(PersonName, c+2, end, conf, validation)
			return
		}
		if c := occupationLead(s.b, start, end); c > start {
			// "Pflegefachkraft Moritz Herrmann": the occupation is no name (name_round21.go).
			s.emit(PersonName, c, end, conf, validation)
			return
		}
		end = suffixAfter(s.b, start, suffixDot(s.b, start, end))
		if e := secondSurname(s.b, start, end); e > end {
			end, s.stretch = e, e
		}
		if e := particleTail(s.b, start, end); e > end {
			e = suffixAfter(s.b, start, suffixDot(s.b, start, e)) // "Ramón De la Cruz Jr."
			end, s.stretch = e, e                                 // "Abena Dos Santos", "Rebecca bin-Salem" (name_round14.go)
		}
		if e := de17CapsTail(s.b, start, end); e > end {
			end, s.stretch = e, e // "Dr. Peter BECKER", "Katrin VAN DER MEER" (namede_round17.go)
		}
		if e := deParticleTail(s.b, start, end); e > end {
			end, s.stretch = e, e // "Hakan Sven vom Moltke" (namede_round16.go)
		}
		if e := saintTail(s.b, start, end); e > end {
			end, s.stretch = e, e // "Kowalski St. Clair" (name_round15.go)
		}
		if e := middleTail(s.b, start, end); e > end {
			end, s.stretch = e, e // "Diana Andrea Shevchenko" (name_round16.go)
		}
		if e := surnameCommaTail(s.b, start, end); e > end && !s.listed {
			end, s.stretch = e, e // "Witness: Allen, Diana." (name_round16.go)
		}
		if !s.listed {
			start = capsLead(s.b, surnameBefore(s.b, start, end)) // "GARCÍA-LÓPEZ, Akiko" (name_round14.go)
			start = initialsLead(s.b, start, s.floor)             // "F.R. Wojcik" (name_round15.go)
			start = surnameCommaLead(s.b, start, end, s.floor)    // "daughter Cook, Jian present" (name_round16.go)
			start = particleCommaLead(s.b, start, end, s.floor)   // "de la Cruz, Larry" (name_round16.go)
		}
		start = de17CapsBefore(s.b, start, end)      // "ist LEHMKUHL, Jovana" (namede_round17.go)
		start = capsTitleCut(s.b, start, end)        // "MRS CASTELLANOS" (name_round14.go)
		start = de18InstitutionLead(s.b, start, end) // "Pressestelle, Tobias Ludwig" (namede_round18.go)
		start = capsGivenLead(s.b, start, end)       // "MARY BETH TORRES" (name_round18.go)
		start = imAuftragCut(s.b, start, end)        // "i. A. Ilse Weiß" (name_round19.go)
		if strings.HasPrefix(validation, "dictionary:given") {
			start = de18GivenBefore(s.b, start, end, s.floor) // "Finder: Svitlana Emilia Le" (namede_round18.go)
		}
		if ns, ne := nicknameSpan(s.b, start, end); ne > end || ns < start {
			start, end, s.stretch = ns, ne, max(s.stretch, ne) // `Joseph "Chuck" Tsosie` (namenick.go)
		}
		if end-start > 6 {
			start = deRoleLead(s.b, start, end) // "Gartenfreund Obermeier", "Kindesmutter Jutta Bondarenko" (namede_round15.go)
		}
	}
	st, en := s.base+int64(start), s.base+int64(end)
	for len(s.out) > s.first && s.out[len(s.out)-1].End > st {
		s.out = s.out[:len(s.out)-1]
	}
	s.out = append(s.out, Finding{Type: t, Class: t.Class(), Start: st, End: en, Confidence: conf, Validation: validation})
	s.emits++
	if t == PersonName {
		s.nameFloor, s.nameStart = s.floor, start
		s.remember(start, end)
	}
	s.floor = max(s.floor, end)
}

// at handles an '@': an email address around it.
func (s *scan) at(i int) int {
	if start, end, ok := matchEmail(s.b, i); ok {
		// Whose address it is: "Ana Reyes <ana@…>" (name_round12_formats.go).
		if start >= 3 && s.b[start-1] == '<' && s.b[start-2] == ' ' {
			if ns, ne := contributorName(s.b, start-2); ne > ns {
				s.emit(PersonName, ns, ne, 0.8, "format:contributor")
			}
		}
		s.emit(Email, start, end, 0.99, "syntax+domain")
		return end
	}
	if s.d.names {
		return s.mention(i)
	}
	return i + 1
}
