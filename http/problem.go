package http

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/comity-project/comity"
)

// ProblemTypeBase prefixes every problem type; the code follows it, as in
// "urn:comity:problem:residency". Types are stable: clients branch on them.
const ProblemTypeBase = "urn:comity:problem:"

// statusOf is the one table from error code to HTTP status.
var statusOf = map[string]int{
	comity.EINVALID:      http.StatusBadRequest,
	comity.EUNAUTHORIZED: http.StatusUnauthorized,
	comity.EFORBIDDEN:    http.StatusForbidden,
	comity.ENOTFOUND:     http.StatusNotFound,
	comity.ECONFLICT:     http.StatusConflict,
	comity.ERESIDENCY:    http.StatusConflict,
	comity.EDENIED:       http.StatusUnavailableForLegalReasons,
	comity.EPENDING:      http.StatusAccepted,
	comity.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	comity.EHEADERS:      http.StatusRequestHeaderFieldsTooLarge,
	comity.EMETHOD:       http.StatusMethodNotAllowed,
	comity.EUNAVAILABLE:  http.StatusServiceUnavailable,
	comity.ESTALE:        http.StatusConflict,
	comity.EINTERNAL:     http.StatusInternalServerError,
}

var titleOf = map[string]string{
	comity.EINVALID:      "Invalid request",
	comity.EUNAUTHORIZED: "Not authenticated",
	comity.EFORBIDDEN:    "Not permitted for this role",
	comity.ENOTFOUND:     "Not found",
	comity.ECONFLICT:     "Conflict",
	comity.ERESIDENCY:    "Data is homed in another jurisdiction",
	comity.EDENIED:       "Refused by the gate",
	comity.EPENDING:      "Obligations must be met first",
	comity.ETOOLARGE:     "Request body too large",
	comity.EHEADERS:      "Request headers too large",
	comity.EMETHOD:       "Method not allowed",
	comity.EUNAVAILABLE:  "Temporarily unavailable",
	comity.ESTALE:        "The caller's federation manifest is out of date",
	comity.EINTERNAL:     "Internal error",
}

// Problem is an RFC 9457 problem details object. Extension members from
// comity.Error.Detail are merged into the top level when encoded.
type Problem struct {
	Type      string         `json:"type"`
	Title     string         `json:"title"`
	Status    int            `json:"status"`
	Detail    string         `json:"detail,omitempty"`
	Instance  string         `json:"instance,omitempty"`
	RequestID string         `json:"request_id,omitempty"`
	Ext       map[string]any `json:"-"`
}

// MarshalJSON flattens the extension members into the object.
func (p Problem) MarshalJSON() ([]byte, error) {
	m := map[string]any{}
	for k, v := range p.Ext {
		m[k] = v
	}
	m["type"], m["title"], m["status"] = p.Type, p.Title, p.Status
	if p.Detail != "" {
		m["detail"] = p.Detail
	}
	if p.Instance != "" {
		m["instance"] = p.Instance
	}
	if p.RequestID != "" {
		m["request_id"] = p.RequestID
	}
	return json.Marshal(m)
}

// ProblemFor returns the problem that err becomes. Internal errors show
// only "internal error" and the request id; the cause goes to the log.
func ProblemFor(err error, requestID string) Problem {
	code := comity.ErrorCode(err)
	p := Problem{Type: ProblemTypeBase + code, Title: titleOf[code], Status: statusOf[code],
		Detail: comity.ErrorMessage(err), RequestID: requestID}
	if e, ok := asError(err); ok {
		p.Ext = e.Detail
	}
	var d *comity.Denial
	if errors.As(err, &d) {
		p.Ext = denialMembers(p.Ext, d)
	}
	if code == comity.EINTERNAL {
		p.Detail = "internal error (request id " + requestID + ")"
	}
	return p
}

// denialMembers adds a denial's decision, receipt and residue to the
// extension members: the receipt always (null without a ledger), the others
// when there are any. client.problem reads them back into a *comity.Denial.
func denialMembers(ext map[string]any, d *comity.Denial) map[string]any {
	m := make(map[string]any, len(ext)+3)
	for k, v := range ext {
		m[k] = v
	}
	if d.Decision != nil {
		m["decision"] = d.Decision
	}
	m["receipt"] = d.Receipt
	if len(d.Residue) > 0 {
		m["residue"] = d.Residue
	}
	return m
}

func writeProblem(w http.ResponseWriter, p Problem) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}
