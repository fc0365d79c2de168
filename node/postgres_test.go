package node_test

import "testing"

// onPostgres is set while TestOnPostgres runs node tests again with every
// node of the harness on PostgreSQL (see testFed.serve).
var onPostgres bool

// TestOnPostgres runs the node's federation tests on the PostgreSQL store:
// every store the node uses, through the API, as on SQLite.
func TestOnPostgres(t *testing.T) {
	pgURL(t)
	onPostgres = true
	defer func() { onPostgres = false }()
	for _, tc := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"FederationForwardsWritesToTheirHome", TestFederationForwardsWritesToTheirHome},
		{"FederationCrossBorderReadDenied", TestFederationCrossBorderReadDenied},
		{"FederationRefusesForgedPrincipals", TestFederationRefusesForgedPrincipals},
		{"AdvisoryNotices", TestAdvisoryNotices},
		{"AdvisoryFollowedAcrossStates", TestAdvisoryFollowedAcrossStates},
		{"HostileInputChangesNothing", TestHostileInputChangesNothing},
	} {
		t.Run(tc.name, tc.fn)
	}
}
