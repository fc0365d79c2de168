package judicial

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/comity-project/comity/audit"
)

// Row counts the requests a state received from one requesting state for
// one offence category, and what became of them.
type Row struct {
	Requesting string `json:"requesting"`
	Offence    string `json:"offence"`
	Received   int    `json:"received"`
	Granted    int    `json:"granted"` // in whole
	Partly     int    `json:"partly_granted"`
	Refused    int    `json:"refused"`
	Pending    int    `json:"pending"` // received, no decision yet
}

// Report is a state's transparency report on judicial assistance, computed
// from its node's log: every case it received and every decision it took.
type Report struct {
	Holding string `json:"holding"`
	Rows    []Row  `json:"rows"`
	Total   Row    `json:"total"`
}

// NewReport computes the report of the holding state whose log entries are
// given (audit.Verify with KeepEntries). Only entries of EntryKind
// logged by the holding side count; a case counts once, by its last
// decision.
func NewReport(entries []*audit.Entry) *Report {
	type caseInfo struct {
		requesting, offence string
		decision            string // "", granted, partly, refused
	}
	cases := map[string]*caseInfo{}
	var order []string
	rep := &Report{}
	for _, e := range entries {
		if e.Kind != string(EntryKind) || e.Detail == nil {
			continue
		}
		id := e.Detail["case"]
		switch e.Detail["event"] {
		case EventReceived:
			if _, seen := cases[id]; !seen {
				cases[id] = &caseInfo{requesting: e.Detail["requesting"], offence: e.Detail["offence"]}
				order = append(order, id)
			}
			rep.Holding = e.Detail["holding"]
		case EventGranted:
			if ci := cases[id]; ci != nil {
				ci.decision = "granted"
				if e.Detail["partial"] == "true" {
					ci.decision = "partly"
				}
			}
		case EventRefused:
			if ci := cases[id]; ci != nil {
				ci.decision = "refused"
			}
		}
	}
	rows := map[[2]string]*Row{}
	for _, id := range order {
		ci := cases[id]
		k := [2]string{ci.requesting, ci.offence}
		r := rows[k]
		if r == nil {
			r = &Row{Requesting: ci.requesting, Offence: ci.offence}
			rows[k] = r
		}
		for _, row := range []*Row{r, &rep.Total} {
			row.Received++
			switch ci.decision {
			case "granted":
				row.Granted++
			case "partly":
				row.Partly++
			case "refused":
				row.Refused++
			default:
				row.Pending++
			}
		}
	}
	for _, r := range rows {
		rep.Rows = append(rep.Rows, *r)
	}
	slices.SortFunc(rep.Rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(a.Requesting, b.Requesting), cmp.Compare(a.Offence, b.Offence))
	})
	rep.Total.Requesting, rep.Total.Offence = "all", "all"
	return rep
}

var reportHeader = []string{"requesting", "offence", "received", "granted", "partly_granted", "refused", "pending"}

func (r Row) fields() []string {
	return []string{r.Requesting, r.Offence, strconv.Itoa(r.Received), strconv.Itoa(r.Granted),
		strconv.Itoa(r.Partly), strconv.Itoa(r.Refused), strconv.Itoa(r.Pending)}
}

// WriteCSV writes the report as CSV with a header line, one line per row
// and a last line of totals.
func (rep *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(reportHeader)
	for _, r := range rep.Rows {
		cw.Write(r.fields())
	}
	cw.Write(rep.Total.fields())
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the report as an aligned table for a terminal.
func (rep *Report) WriteTable(w io.Writer) error {
	holding := rep.Holding
	if holding == "" {
		holding = "this node"
	}
	fmt.Fprintf(w, "Judicial assistance requests received by %s\n\n", holding)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	line := func(fs []string) {
		for _, f := range fs {
			fmt.Fprint(tw, f, "\t")
		}
		fmt.Fprintln(tw)
	}
	line([]string{"REQUESTING", "OFFENCE", "RECEIVED", "GRANTED", "PARTLY", "REFUSED", "PENDING"})
	for _, r := range rep.Rows {
		line(r.fields())
	}
	line(rep.Total.fields())
	return tw.Flush()
}
