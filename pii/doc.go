// Package pii finds personal information in text and JSON records, classifies
// records by what it finds, and minimises record fields and text on release.
//
// The Detector recognises structured identifiers (email addresses, phone
// numbers, Chinese resident identity numbers, US social security numbers,
// payment cards, IBANs, German tax identification numbers, passport numbers,
// IP and MAC addresses, precise coordinates, dates of birth) by validating
// them — check digits, calendars, issuer ranges, numbering plans — rather
// than by shape alone, and reports person names and postal addresses, found
// from small dictionaries and context, as a separate class. Where the name
// rules find nothing, a small trained model (namemodel.go) reads runs of
// capitalised words that hold a word of the name lexicons.
//
// Detection is one pass over the input: a byte-class table skips text that
// cannot start an identifier, and hand-written matchers examine only the
// candidates (digit runs and '@'), so the cost is close to that of reading
// the input.
//
// Detect first normalises the text (normalise.go): full-width and other
// compatibility digits, every kind of space and dash, zero-width characters;
// offsets are those of the text as written. A Scanner streams input of any
// size in bounded memory and finds what Detect finds in the whole input
// when normalising changes nothing; it reads a stream as written.
//
// Minimiser.Verify reads minimised fields again, as the gate does before
// every release, and reports what is still readable: field paths and
// kinds, never values.
//
// Classifier implements comity.Classifier: a record's category by the law
// of its home (PIPL Art. 28, GDPR Art. 9 and 10, CPRA) and the kinds of
// personal information per field path. Minimiser implements
// comity.Minimiser for the gate's minimise obligations (redact, mask,
// pseudonymise with the node's key, generalise), and minimises text.
package pii
