package http

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/console"
)

// handlerFunc is the inner form of every API handler: decode, call one
// domain method, return a status and a value to encode, or an error.
type handlerFunc func(r *http.Request, p *comity.Principal) (int, any, error)

type route struct {
	pattern string        // "METHOD /path"
	roles   []comity.Role // who may call it
	public  bool          // no authentication (health, OpenAPI)
	// anySerial admits peers on an older federation manifest: the routes by
	// which they catch up. Every other route refuses them (ESTALE).
	anySerial bool
	fn        handlerFunc
	handler   http.Handler // instead of fn, for handlers that write their own response
	maxBody   int64        // body limit below the server's, for routes with small bodies
}

// smallBody bounds the bodies of routes that take a few fields.
const smallBody = 64 << 10

var (
	writers   = []comity.Role{comity.RoleController}
	readers   = []comity.Role{comity.RoleController, comity.RoleRequester, comity.RoleAgency, comity.RoleDPA, comity.RoleCentralAuthority}
	operators = []comity.Role{comity.RoleOperator}
	everyone  = comity.Roles
	observers = []comity.Role{comity.RoleOperator, comity.RoleAuditor}
	vendors   = []comity.Role{comity.RoleVendor}
	// caseParties are the parties to judicial-assistance cases.
	caseParties = []comity.Role{comity.RoleCentralAuthority, comity.RoleAgency}
)

// routeTable lists every route with the roles allowed to call it: the one
// place where the authorisation matrix lives.
func (s *Server) routeTable() []route {
	return []route{
		{pattern: "GET /healthz", public: true, fn: s.healthz},
		{pattern: "GET /readyz", public: true, fn: s.readyz},
		{pattern: "GET /openapi.yaml", public: true, fn: s.openapi},
		{pattern: "GET /console/", public: true, handler: http.StripPrefix("/console", console.Handler())},
		{pattern: "GET /metrics", roles: observers, handler: promhttp.HandlerFor(s.cfg.Registry, promhttp.HandlerOpts{})},
		{pattern: "GET /v1/node", roles: everyone, fn: s.nodeInfo},
		{pattern: "GET /v1/federation/manifest", roles: everyone, anySerial: true, fn: s.getManifest},
		{pattern: "POST /v1/federation/manifest", roles: []comity.Role{comity.RoleOperator, comity.RolePeer}, anySerial: true, fn: s.putManifest},
		{pattern: "GET /v1/me", roles: everyone, fn: s.me},
		{pattern: "POST /v1/records", roles: writers, fn: s.createRecord},
		{pattern: "GET /v1/records", roles: readers, fn: s.queryRecords},
		{pattern: "GET /v1/records/{id}", roles: readers, fn: s.getRecord},
		{pattern: "PUT /v1/records/{id}", roles: writers, fn: s.updateRecord},
		{pattern: "DELETE /v1/records/{id}", roles: writers, fn: s.deleteRecord},
		{pattern: "POST /v1/import", roles: writers, fn: s.importRecords},
		{pattern: "POST /v1/access", roles: readers, fn: s.access},
		{pattern: "POST /v1/attestations", roles: writers, fn: s.attest},
		{pattern: "POST /v1/consents", roles: writers, fn: s.giveConsents},
		{pattern: "GET /v1/consents", roles: writers, fn: s.listConsents},
		{pattern: "POST /v1/consents/{id}/withdraw", roles: writers, fn: s.withdrawConsent},
		{pattern: "POST /v1/organisations", roles: operators, fn: s.registerOrganisation},
		{pattern: "GET /v1/notices", roles: []comity.Role{comity.RoleDPA, comity.RoleAuditor, comity.RoleOperator}, fn: s.listNotices},
		{pattern: "GET /v1/organisations", roles: []comity.Role{comity.RoleOperator, comity.RoleAuditor, comity.RoleDPA}, fn: s.listOrganisations},
		{pattern: "GET /v1/rulebooks", roles: everyone, fn: s.listRulebooks},
		{pattern: "POST /v1/rulebooks", roles: []comity.Role{comity.RoleDPA}, fn: s.publishRulebook},
		{pattern: "POST /v1/baseline", roles: []comity.Role{comity.RoleDPA, comity.RoleOperator}, fn: s.changeBaseline},
		{pattern: "POST /v1/receipts/proof", roles: everyone, fn: s.proveReceipt, maxBody: smallBody},
		{pattern: "GET /v1/log/entries/{index}/proof", roles: everyone, fn: s.proveIndex},
		{pattern: "GET /v1/subjects/{ref}/secret", roles: writers, fn: s.subjectSecret},
		{pattern: "GET /v1/records/{id}/secret", roles: writers, fn: s.recordSecret},
		{pattern: "GET /v1/agreements", roles: everyone, fn: s.listAgreements},
		{pattern: "POST /v1/agreements", roles: []comity.Role{comity.RoleDPA, comity.RoleCentralAuthority}, fn: s.publishAgreement},
		{pattern: "GET /v1/transfers", roles: []comity.Role{comity.RoleDPA, comity.RoleAuditor, comity.RoleOperator}, fn: s.listTransfers},
		{pattern: "GET /v1/transfers/{id}", roles: append([]comity.Role{comity.RoleAuditor, comity.RoleOperator}, readers...), fn: s.getTransfer},
		{pattern: "POST /v1/transfers/{id}/approve", roles: []comity.Role{comity.RoleDPA}, fn: s.approveTransfer, maxBody: smallBody},
		{pattern: "POST /v1/transfers/{id}/refuse", roles: []comity.Role{comity.RoleDPA}, fn: s.refuseTransfer, maxBody: smallBody},
		{pattern: "GET /v1/principals", roles: operators, fn: s.listPrincipals},
		{pattern: "POST /v1/principals", roles: operators, fn: s.createPrincipal, maxBody: smallBody},
		{pattern: "DELETE /v1/principals/{id}", roles: operators, fn: s.revokePrincipal},
		// judicial assistance
		{pattern: "POST /v1/judicial/cases", roles: caseParties, fn: s.createCase},
		{pattern: "GET /v1/judicial/cases", roles: caseParties, fn: s.listCases},
		{pattern: "GET /v1/judicial/cases/{id}", roles: caseParties, fn: s.getCase},
		{pattern: "POST /v1/judicial/cases/{id}/transitions", roles: []comity.Role{comity.RoleCentralAuthority}, fn: s.moveCase},
		{pattern: "POST /v1/judicial/cases/{id}/execute", roles: []comity.Role{comity.RoleAgency}, fn: s.executeOrder},
		{pattern: "POST /v1/judicial/messages", roles: []comity.Role{comity.RolePeer}, fn: s.caseMessage},
		// vendor release transparency: reads are public, like the log they index
		{pattern: "POST /v1/vendor/keys", roles: vendors, fn: s.registerVendorKey},
		{pattern: "POST /v1/vendor/keys/{id}/revoke", roles: vendors, fn: s.revokeVendorKey},
		{pattern: "POST /v1/releases", roles: vendors, fn: s.publishRelease},
		{pattern: "POST /v1/releases/yank", roles: vendors, fn: s.yankRelease},
		{pattern: "POST /v1/releases/support", roles: vendors, fn: s.declareSupport, maxBody: smallBody},
		{pattern: "GET /v1/releases", public: true, fn: s.listReleases},
		{pattern: "GET /v1/releases/bundle", public: true, fn: s.releaseBundle},
		{pattern: "GET /v1/releases/trust", public: true, fn: s.releaseTrust},
		{pattern: "GET /v1/judicial/overdue", roles: []comity.Role{comity.RoleCentralAuthority, comity.RoleOperator}, fn: s.overdueCases},
		// advisories, SBOMs and notifications (advisory.go)
		{pattern: "POST /v1/advisories", roles: []comity.Role{comity.RoleVendor}, fn: s.publishAdvisory},
		{pattern: "GET /v1/advisories", roles: everyone, fn: s.listAdvisories},
		{pattern: "POST /v1/vulnerability-reports", roles: []comity.Role{comity.RoleVendor}, fn: s.fileReport},
		{pattern: "GET /v1/vulnerability-reports", roles: everyone, fn: s.listReportDuties},
		{pattern: "GET /v1/advisories/{id}", roles: everyone, fn: s.getAdvisory},
		{pattern: "POST /v1/sboms", roles: writers, fn: s.registerSBOM},
		{pattern: "GET /v1/notifications", roles: writers, fn: s.listNotifications},
		{pattern: "PUT /v1/notifications/webhook", roles: writers, fn: s.setWebhook},
	}
}

// Routes returns every route pattern with its allowed roles ("public" when
// unauthenticated); the OpenAPI and authorisation tests read it.
func (s *Server) Routes() map[string][]comity.Role {
	out := map[string][]comity.Role{}
	for _, rt := range s.routes {
		out[rt.pattern] = rt.roles
	}
	for _, m := range s.cfg.Mounts {
		out[m.Pattern] = m.Roles
	}
	return out
}
