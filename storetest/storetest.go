// Package storetest is one test suite that every store adapter (SQLite,
// PostgreSQL) must pass, as litestream runs one suite over every replica
// client.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/release"
	"github.com/comity-project/comity/rulebook"
)

// Stores are the stores under test, opened fresh and empty for each subtest.
type Stores struct {
	Records    comity.RecordStore
	Principals comity.PrincipalStore
	Transfers  comity.TransferStore
	Judicial   judicial.Store
	Consents   comity.ConsentStore
	Vendors    release.Store
	// Releases and Volume remember and count what requesters received;
	// Locker serialises a requester's decisions across handles.
	Releases comity.ReleaseLog
	Volume   rulebook.Volume
	Locker   comity.RequesterLocker
	// Again opens a second handle on the same database, as another process
	// of the node would: the claim contract holds across them. It is
	// closed with t.Cleanup.
	Again func(t *testing.T) Stores
}

// Run runs the suite; open returns empty stores and cleans them up with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) Stores) {
	t.Run("RecordLifecycle", func(t *testing.T) { testRecordLifecycle(t, open(t)) })
	t.Run("Query", func(t *testing.T) { testQuery(t, open(t)) })
	t.Run("Import", func(t *testing.T) { testImport(t, open(t)) })
	t.Run("ImportRepeats", func(t *testing.T) { testImportRepeats(t, open(t)) })
	t.Run("Principals", func(t *testing.T) { testPrincipals(t, open(t)) })
	t.Run("Controls", func(t *testing.T) { testControls(t, open(t)) })
	t.Run("Cases", func(t *testing.T) { testCases(t, open(t)) })
	t.Run("TransferClaims", func(t *testing.T) { s := open(t); testTransferClaims(t, s, s.Again(t)) })
	t.Run("Consents", func(t *testing.T) {
		s := open(t)
		if s.Consents == nil {
			t.Fatal("the adapter has no ConsentStore")
		}
		testConsents(t, s)
	})
	t.Run("CaseClaims", func(t *testing.T) { s := open(t); testCaseClaims(t, s, s.Again(t)) })
	t.Run("Vendors", func(t *testing.T) { s := open(t); testVendors(t, s, s.Again(t)) })
	t.Run("Volume", func(t *testing.T) { s := open(t); testVolume(t, s, s.Again(t)) })
	t.Run("ConcurrentWrites", func(t *testing.T) { s := open(t); testConcurrentWrites(t, s, s.Again(t)) })
	t.Run("PagingWhileWriting", func(t *testing.T) { s := open(t); testPagingWhileWriting(t, s, s.Again(t)) })
}

func testControls(t *testing.T, s Stores) {
	ctx := context.Background()
	if err := s.Records.CreateRecord(ctx, NewRecord(7, "acme")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		controller, subject string
		want                bool
	}{{"acme", "subject-7", true}, {"other", "subject-7", false}, {"acme", "subject-8", false}} {
		got, err := s.Records.Controls(ctx, tc.controller, tc.subject)
		if err != nil || got != tc.want {
			t.Errorf("Controls(%s, %s) = %v, %v; want %v", tc.controller, tc.subject, got, err, tc.want)
		}
	}
	if err := s.Records.DeleteRecord(ctx, "CN-000007"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Records.Controls(ctx, "acme", "subject-7"); got {
		t.Error("a tombstone still controls its subject")
	}
}

// NewRecord returns a valid personal record homed in CN with id CN-<n>.
func NewRecord(n int, controller string) *comity.Record {
	return &comity.Record{
		ID: fmt.Sprintf("CN-%06d", n), Home: "CN", Controller: controller, Category: comity.CategoryPersonal,
		Subjects: []string{fmt.Sprintf("subject-%d", n)},
		Fields:   json.RawMessage(fmt.Sprintf(`{"name": "Person %d", "phone": "+86 138 0013 %04d"}`, n, n%10000)),
	}
}

func testRecordLifecycle(t *testing.T, s Stores) {
	ctx := context.Background()
	r := NewRecord(1, "acme")
	if err := s.Records.CreateRecord(ctx, r); err != nil {
		t.Fatal(err)
	}
	if r.Version != 1 {
		t.Errorf("version after create = %d, want 1", r.Version)
	}
	if err := s.Records.CreateRecord(ctx, NewRecord(1, "acme")); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("second create: %v, want conflict", err)
	}
	got, err := s.Records.GetRecord(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Controller != "acme" || got.Home != "CN" || len(got.Subjects) != 1 || !jsonEqual(got.Fields, r.Fields) {
		t.Errorf("get = %+v", got)
	}
	if got.Kinds != nil {
		t.Errorf("kinds of a record that names none = %v, want nil", got.Kinds)
	}

	upd := NewRecord(1, "acme")
	upd.Fields = json.RawMessage(`{"name":"Changed"}`)
	upd.Version = 5
	if err := s.Records.UpdateRecord(ctx, upd); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("update at wrong version: %v, want conflict", err)
	}
	upd.Version = 1
	if err := s.Records.UpdateRecord(ctx, upd); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Records.GetRecord(ctx, r.ID)
	if got.Version != 2 || !jsonEqual(got.Fields, upd.Fields) {
		t.Errorf("after update: version %d fields %s", got.Version, got.Fields)
	}

	if err := s.Records.DeleteRecord(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Records.GetRecord(ctx, r.ID); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("get after delete: %v, want not found", err)
	}
	if err := s.Records.DeleteRecord(ctx, r.ID); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("second delete: %v, want not found", err)
	}
	page, _, err := s.Records.QueryRecords(ctx, comity.RecordFilter{IncludeDeleted: true})
	if err != nil || len(page) != 1 || !page[0].Deleted || page[0].Fields != nil || page[0].Subjects != nil {
		t.Fatalf("tombstone = %+v, %v; want deleted with no fields or subjects", page, err)
	}
	if err := s.Records.CreateRecord(ctx, NewRecord(1, "acme")); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("create over tombstone: %v, want conflict", err)
	}
	if err := s.Records.UpdateRecord(ctx, upd); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("update tombstone: %v, want not found", err)
	}

	// Data kinds are kept with the record, and a change of kinds alone is a
	// change.
	k := NewRecord(2, "acme")
	k.Kinds = []comity.DataKind{comity.KindHealth}
	if err := s.Records.CreateRecord(ctx, k); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Records.GetRecord(ctx, k.ID); err != nil || !slices.Equal(got.Kinds, k.Kinds) {
		t.Fatalf("kinds after create = %v (%v), want %v", got.Kinds, err, k.Kinds)
	}
	k.Kinds = []comity.DataKind{comity.KindHealth, comity.KindFinancial}
	if err := s.Records.UpdateRecord(ctx, k); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Records.GetRecord(ctx, k.ID); err != nil || got.Version != 2 || !slices.Equal(got.Kinds, k.Kinds) {
		t.Fatalf("after a change of kinds: version %d kinds %v (%v), want 2 %v", got.Version, got.Kinds, err, k.Kinds)
	}
}

func testQuery(t *testing.T, s Stores) {
	ctx := context.Background()
	var rs []*comity.Record
	for i := range 25 {
		ctrl := "acme"
		if i%5 == 0 {
			ctrl = "other"
		}
		r := NewRecord(i, ctrl)
		if i%2 == 0 {
			r.Category = comity.CategoryGeneral
		}
		rs = append(rs, r)
	}
	if _, err := s.Records.ImportRecords(ctx, rs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		filter comity.RecordFilter
		want   int
	}{
		{"all", comity.RecordFilter{}, 25},
		{"controller", comity.RecordFilter{Controller: "other"}, 5},
		{"category", comity.RecordFilter{Category: comity.CategoryGeneral}, 13},
		{"subject", comity.RecordFilter{Subject: "subject-7"}, 1},
		{"controller and category", comity.RecordFilter{Controller: "acme", Category: comity.CategoryPersonal}, 10},
		{"updated since future", comity.RecordFilter{UpdatedSince: time.Now().Add(time.Hour)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := map[string]bool{}
			f := tt.filter
			f.Limit = 4
			for pages := 0; ; pages++ {
				page, next, err := s.Records.QueryRecords(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if len(page) > 4 || pages > 10 {
					t.Fatalf("page of %d after %d pages", len(page), pages)
				}
				for _, r := range page {
					if seen[r.ID] {
						t.Fatalf("%s returned twice", r.ID)
					}
					seen[r.ID] = true
				}
				if next == "" {
					break
				}
				f.Cursor = next
			}
			if len(seen) != tt.want {
				t.Errorf("got %d records, want %d", len(seen), tt.want)
			}
		})
	}
	if _, _, err := s.Records.QueryRecords(ctx, comity.RecordFilter{Cursor: "!!"}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("bad cursor: %v, want invalid", err)
	}
	if _, _, err := s.Records.QueryRecords(ctx, comity.RecordFilter{Limit: 5000}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("huge limit: %v, want invalid", err)
	}
}

func testImport(t *testing.T, s Stores) {
	ctx := context.Background()
	batch := func() []*comity.Record {
		var rs []*comity.Record
		for i := range 50 {
			rs = append(rs, NewRecord(i, "acme"))
		}
		return rs
	}
	res, err := s.Records.ImportRecords(ctx, batch())
	if err != nil || res != (comity.ImportResult{Created: 50}) {
		t.Fatalf("first import = %+v, %v", res, err)
	}
	res, err = s.Records.ImportRecords(ctx, batch())
	if err != nil || res != (comity.ImportResult{Unchanged: 50}) {
		t.Fatalf("second import = %+v, %v; want all unchanged", res, err)
	}
	b := batch()
	b[3].Fields = json.RawMessage(`{"name":"New"}`)
	res, err = s.Records.ImportRecords(ctx, b)
	if err != nil || res != (comity.ImportResult{Unchanged: 49, Updated: 1}) {
		t.Fatalf("changed import = %+v, %v", res, err)
	}
	// Whitespace in JSON is not a change.
	b = batch()
	b[3].Fields = json.RawMessage("{ \"name\" :\n \"New\" }")
	if res, _ = s.Records.ImportRecords(ctx, b); res.Updated != 0 {
		t.Errorf("reformatted JSON counted as update: %+v", res)
	}
	all, _, _ := s.Records.QueryRecords(ctx, comity.RecordFilter{Limit: 1000})
	if len(all) != 50 {
		t.Errorf("%d records stored, want 50", len(all))
	}
}

// testImportRepeats: a batch larger than any one statement of an
// adapter, in which ids repeat, is stored as if written record by record
// in its order: the first of a new id creates it, a later one updates it
// or leaves it unchanged; every created record's subjects are found.
func testImportRepeats(t *testing.T, s Stores) {
	ctx := context.Background()
	var b []*comity.Record
	for i := range 300 {
		b = append(b, NewRecord(i, "acme"))
	}
	b = append(b[:20:20], append([]*comity.Record{NewRecord(10, "acme")}, b[20:]...)...) // unchanged
	changed := NewRecord(70, "acme")
	changed.Fields = json.RawMessage(`{"name":"Changed"}`)
	changed.Subjects = []string{"subject-70b"}
	b = append(b, changed, NewRecord(299, "acme")) // updated, then unchanged
	res, err := s.Records.ImportRecords(ctx, b)
	if err != nil || res != (comity.ImportResult{Created: 300, Updated: 1, Unchanged: 2}) {
		t.Fatalf("import = %+v, %v; want 300 created, 1 updated, 2 unchanged", res, err)
	}
	r, err := s.Records.GetRecord(ctx, "CN-000070")
	if err != nil || string(r.Fields) != `{"name":"Changed"}` || r.Version != 2 {
		t.Fatalf("CN-000070 = %+v, %v; want the later record's fields at version 2", r, err)
	}
	for _, tc := range []struct {
		subject string
		want    bool
	}{{"subject-0", true}, {"subject-63", true}, {"subject-64", true}, {"subject-299", true}, {"subject-70", false}, {"subject-70b", true}} {
		if got, err := s.Records.Controls(ctx, "acme", tc.subject); err != nil || got != tc.want {
			t.Errorf("Controls(%s) = %v, %v; want %v", tc.subject, got, err, tc.want)
		}
	}
}

func testPrincipals(t *testing.T, s Stores) {
	ctx := context.Background()
	p := &comity.Principal{ID: "acme-cn", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}
	token, err := s.Principals.CreatePrincipal(ctx, p, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Principals.Authenticate(ctx, token)
	if err != nil || got.ID != "acme-cn" || !got.Has(comity.RoleController) || got.Jurisdiction != "CN" {
		t.Fatalf("authenticate = %+v, %v", got, err)
	}
	if _, err := s.Principals.CreatePrincipal(ctx, p, 0); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("duplicate principal: %v", err)
	}
	for name, tok := range map[string]string{"empty": "", "forged": token[:len(token)-2] + "xx", "other": "cmt_nope"} {
		if _, err := s.Principals.Authenticate(ctx, tok); comity.ErrorCode(err) != comity.EUNAUTHORIZED {
			t.Errorf("%s token: %v, want unauthorized", name, err)
		}
	}
	short := &comity.Principal{ID: "short", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleAuditor}}
	tok2, err := s.Principals.CreatePrincipal(ctx, short, time.Nanosecond)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Millisecond)
	if _, err := s.Principals.Authenticate(ctx, tok2); comity.ErrorCode(err) != comity.EUNAUTHORIZED {
		t.Errorf("expired token: %v, want unauthorized", err)
	}
	if err := s.Principals.RevokePrincipal(ctx, "acme-cn"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Principals.Authenticate(ctx, token); comity.ErrorCode(err) != comity.EUNAUTHORIZED {
		t.Errorf("revoked token: %v, want unauthorized", err)
	}
	bad := &comity.Principal{ID: "x", Organisation: "acme", Jurisdiction: "XX", Roles: []comity.Role{comity.RoleAuditor}}
	if _, err := s.Principals.CreatePrincipal(ctx, bad, 0); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("unknown jurisdiction: %v, want invalid", err)
	}
}

func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}
