package advisory

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/comity-project/comity"
)

// Follow takes in a publication of another member node, whose publishing
// entry the caller has proved to be in that node's log (entry is the
// decoded entry), stores it and matches it against the SBOMs registered
// here. It refuses a document whose digest, or an entry whose kind, node,
// id, version or digest, is not what the publication claims.
func (s *Service) Follow(ctx context.Context, pub *Publication, doc []byte, entry *comity.Entry) (int, error) {
	sum := sha256.Sum256(doc)
	if d := "sha256:" + hex.EncodeToString(sum[:]); d != pub.Digest {
		return 0, comity.Errorf(comity.EINVALID, "advisory %s %s from %s: digest %s, the log says %s", pub.ID, pub.Version, pub.Node, d, pub.Digest)
	}
	if entry.Kind != EntryAdvisory || entry.Node != pub.Node || entry.Detail["digest"] != pub.Digest ||
		entry.Detail["id"] != pub.ID || entry.Detail["version"] != pub.Version {
		return 0, comity.Errorf(comity.EINVALID, "advisory %s %s from %s: the log entry is not its publication", pub.ID, pub.Version, pub.Node)
	}
	d, err := Parse(doc)
	if err != nil || len(d.Advisories) != 1 || d.Advisories[0].ID != pub.ID {
		return 0, comity.Errorf(comity.EINVALID, "advisory %s %s from %s: %v", pub.ID, pub.Version, pub.Node, err)
	}
	p := *pub
	p.Document = doc
	if err := s.cfg.Store.SavePublication(ctx, &p); err != nil {
		return 0, err
	}
	adv := d.Advisories[0]
	s.remember(p.Digest, adv)
	regs, err := s.cfg.Store.ComponentsByKey(ctx, adv.keys())
	if err != nil {
		return 0, err
	}
	return s.notify(ctx, []*Advisory{adv}, regs)
}

// Known reports whether this node holds revision version of advisory id.
func (s *Service) Known(ctx context.Context, id, version string) (bool, error) {
	_, err := s.cfg.Store.Publication(ctx, id, version)
	if comity.ErrorCode(err) == comity.ENOTFOUND {
		return false, nil
	}
	return err == nil, err
}
