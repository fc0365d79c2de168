package http

import (
	"mime"
	"net/http"

	"github.com/comity-project/comity"
)

// importRecords reads a whole NDJSON (application/x-ndjson) or CSV
// (text/csv) body and validates every record before it writes any: a body
// with one invalid line stores nothing. It then writes one transaction per
// home, this node's first; when a home fails, the homes before it have
// stored their records and the problem's "stored" member says what each
// stored. A repeated request stores nothing twice.
func (s *Server) importRecords(r *http.Request, p *comity.Principal) (int, any, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	read := comity.ReadNDJSON
	switch ct {
	case "application/x-ndjson", "application/jsonl", "":
	case "text/csv":
		read = comity.ReadCSV
	default:
		return 0, nil, comity.Errorf(comity.EINVALID, "content type %q: want application/x-ndjson or text/csv", ct)
	}
	var batch []*comity.Record
	body := http.MaxBytesReader(nil, r.Body, s.cfg.MaxImportBytes)
	err := read(body, func(rec *comity.Record) error {
		if len(batch) >= 100_000 {
			return comity.Errorf(comity.ETOOLARGE, "more than 100000 records in one import request: split the file")
		}
		batch = append(batch, rec)
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	res, err := s.cfg.Records.Import(r.Context(), p, batch)
	if err == nil {
		s.metrics.imported(&res)
	}
	return http.StatusOK, res, err
}
