package judicial_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/judicial"
)

func TestReport(t *testing.T) {
	ev := func(event, id, from, offence string, extra ...string) *audit.Entry {
		d := map[string]string{"event": event, "case": id, "requesting": from, "holding": "CN", "offence": offence}
		for i := 0; i+1 < len(extra); i += 2 {
			d[extra[i]] = extra[i+1]
		}
		return &audit.Entry{Kind: string(judicial.EntryKind), Detail: d}
	}
	entries := []*audit.Entry{
		ev("received", "a", "US", "fraud"), ev("granted", "a", "US", "fraud", "partial", "false"),
		ev("received", "b", "US", "fraud"), ev("granted", "b", "US", "fraud", "partial", "true"),
		ev("received", "c", "US", "cybercrime"), ev("refused", "c", "US", "cybercrime"),
		ev("received", "d", "DE", "fraud"),
		ev("received", "d", "DE", "fraud"), // sent again: counted once
		ev("received", "e", "DE", "fraud"), ev("refused", "e", "DE", "fraud"),
		ev("granted", "z", "FR", "fraud"),                                           // a grant with no receipt in this log
		{Kind: "case", Detail: map[string]string{"event": "received", "case": "t"}}, // a transfer case
		{Kind: "decision"},
	}
	rep := judicial.NewReport(entries)
	want := []judicial.Row{
		{Requesting: "DE", Offence: "fraud", Received: 2, Refused: 1, Pending: 1},
		{Requesting: "US", Offence: "cybercrime", Received: 1, Refused: 1},
		{Requesting: "US", Offence: "fraud", Received: 2, Granted: 1, Partly: 1},
	}
	if len(rep.Rows) != len(want) {
		t.Fatalf("rows %+v", rep.Rows)
	}
	for i := range want {
		if rep.Rows[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, rep.Rows[i], want[i])
		}
	}
	if tot := (judicial.Row{Requesting: "all", Offence: "all", Received: 5, Granted: 1, Partly: 1, Refused: 2, Pending: 1}); rep.Total != tot || rep.Holding != "CN" {
		t.Errorf("total %+v of %s", rep.Total, rep.Holding)
	}
	var csv, table bytes.Buffer
	if err := rep.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	wantCSV := "requesting,offence,received,granted,partly_granted,refused,pending\nDE,fraud,2,0,0,1,1\nUS,cybercrime,1,0,0,1,0\nUS,fraud,2,1,1,0,0\nall,all,5,1,1,2,1\n"
	if csv.String() != wantCSV {
		t.Errorf("csv:\n%s\nwant:\n%s", csv.String(), wantCSV)
	}
	rep.WriteTable(&table)
	if !strings.Contains(table.String(), "received by CN") || !strings.Contains(table.String(), "cybercrime") {
		t.Errorf("table:\n%s", table.String())
	}
}
