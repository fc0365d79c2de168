package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// Walkthrough runs the demo's steps against a running federation of CN, DE
// and US, explaining each on out. It returns an error if any step does not
// behave as Comity promises.
func Walkthrough(ctx context.Context, f *Federation, out io.Writer) error {
	w := &narrator{out: out}
	w.title("A federation of three states")
	for _, j := range f.States {
		m := f.Members[j]
		w.say("%s  %-8s %s", j, m.Name, m.URL)
	}
	w.say("Each node holds only records whose home is its own state, and every byte of")
	w.say("record content leaves a node through its gate, which logs the decision first.")

	// Step 1: a write forwarded to its home node.
	w.step("A write is forwarded to its home node")
	w.say("%s writes, at the DE node, a customer record generated in China (home CN).", Multinational)
	fields := `{"name":"林小红","phone":"+86 139 1234 5678","address":"上海市徐汇区中山路12号"}`
	meta, err := f.Client("DE", "controller").CreateRecord(ctx, comityhttp.RecordInput{
		Home: "CN", Category: comity.CategoryPersonal, Subjects: []string{"cn-person-demo"}, Fields: json.RawMessage(fields)})
	if err != nil {
		return fmt.Errorf("step 1: %w", err)
	}
	w.say("→ stored as %s, version %d, at its home: the DE node forwarded it to cn-node over mutual TLS.", meta.ID, meta.Version)
	w.say("  The DE node kept no copy: data stays in the state where it was generated.")

	// Step 2: a local read at home.
	w.step("The controller reads its own record at home")
	rel, err := f.Client("CN", "controller").ReadRecord(ctx, meta.ID, "customer service")
	if err != nil {
		return fmt.Errorf("step 2: %w", err)
	}
	w.say("%s, signed in at the CN node, reads %s:", Multinational, meta.ID)
	w.say("→ %s by %s: %s", rel.Decision.Outcome, strings.Join(rel.Decision.Policies, ", "), strings.Join(rel.Decision.Reasons, "; "))
	w.say("  fields: %s", rel.Records[0].Fields)
	if rel.Receipt != nil {
		w.say("  receipt: entry %d of log %s — the decision was logged before the data left.", rel.Receipt.Index, rel.Receipt.Origin)
	}

	// Step 3: a refused cross-border read.
	w.step("A cross-border read is refused")
	w.say("The same company, signed in at the DE node, asks for the CN-homed record.")
	w.say("The DE node forwards the request to the gate of the record's home, CN:")
	_, err = f.Client("DE", "controller").ReadRecord(ctx, meta.ID, "analytics")
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("step 3: a cross-border read was not refused: %v", err)
	}
	w.say("→ refused: %s", comity.ErrorMessage(err))
	_, err = f.Client("US", "requester").ReadRecord(ctx, "CN-CUST-000001", "research")
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("step 3: a cross-border read was not refused: %v", err)
	}
	w.say("→ and us-analytics, at the US node, asking for CN-CUST-000001: refused the same way.")

	// Step 4: no home node, no storage.
	w.step("A record whose home has no node is refused, never stored abroad")
	_, err = f.Client("DE", "controller").CreateRecord(ctx, comityhttp.RecordInput{
		Home: "FR", Category: comity.CategoryPersonal, Fields: json.RawMessage(`{"name":"Camille Martin"}`)})
	if comity.ErrorCode(err) != comity.ERESIDENCY {
		return fmt.Errorf("step 4: a record homed in FR was not refused: %v", err)
	}
	w.say("→ %s", comity.ErrorMessage(err))

	rel, err = rulebookSteps(ctx, f, w)
	if err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := consentSteps(ctx, f, w); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := judicialSteps(ctx, f, w); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := ledgerSteps(ctx, f, w, rel); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := advisorySteps(ctx, f, w); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := releaseSteps(ctx, f, w); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}
	if err := joinStep(ctx, f, w); err != nil {
		return fmt.Errorf("step %d: %w", w.steps, err)
	}

	// Finally, each node lists its records.
	w.step("Each node lists its own records")
	for _, j := range f.States {
		n, first, err := countRecords(ctx, f, j)
		if err != nil {
			return fmt.Errorf("list %s: %w", j, err)
		}
		w.say("%s  %4d records, all homed in %s (first: %s)", j, n, j, first)
	}
	w.say("")
	return nil
}

// countRecords pages through the multinational's records at j's node.
func countRecords(ctx context.Context, f *Federation, j comity.Jurisdiction) (int, string, error) {
	c := f.Client(j, "controller")
	n, first := 0, ""
	filter := comity.RecordFilter{Limit: 1000}
	for {
		rel, err := c.ListRecords(ctx, "", filter)
		if err != nil {
			return 0, "", err
		}
		for _, r := range rel.Records {
			if r.Home != j {
				return 0, "", fmt.Errorf("node %s holds %s, homed in %s", j, r.ID, r.Home)
			}
			if first == "" {
				first = r.ID
			}
		}
		n += len(rel.Records)
		if rel.Next == "" {
			return n, first, nil
		}
		filter.Cursor = rel.Next
	}
}

type narrator struct {
	out   io.Writer
	steps int
}

func (w *narrator) title(s string) {
	fmt.Fprintf(w.out, "\n%s\n%s\n", s, strings.Repeat("═", len([]rune(s))))
}

func (w *narrator) step(s string) {
	w.steps++
	fmt.Fprintf(w.out, "\nStep %d — %s\n", w.steps, s)
}

func (w *narrator) say(format string, args ...any) { fmt.Fprintf(w.out, "  "+format+"\n", args...) }
