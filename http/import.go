package http

import (
	"mime"
	"net/http"

	"github.com/comity-project/comity"
)

// importRecords reads a whole NDJSON (application/x-ndjson) or CSV
// (text/csv) body, validates every record, and only then writes them: one
// transaction per home, so a request is stored whole or not at all and may
// be repeated without storing anything twice.
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
