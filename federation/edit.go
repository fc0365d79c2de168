package federation

import (
	"slices"

	"github.com/comity-project/comity"
)

// Edited says what an edit of a manifest changed besides the edit itself,
// for the operator to be told.
type Edited struct {
	// ThresholdFollowed is set when the edit left the witness threshold
	// unmeetable or below a majority of some log's witnesses, so that it
	// became the majority threshold; ThresholdWas is the one before. A
	// threshold that is still valid is left as its authors chose it.
	ThresholdFollowed bool
	ThresholdWas      int
	// Unsigned is set when the manifest was signed: the signatures covered
	// the old content, so they are gone and the serial is raised; every
	// member signs again.
	Unsigned bool
}

// EditFile loads the manifest at path, applies edit (see Edit) and writes
// it back, returning the edited manifest; on any error the file is
// unchanged. What Edited reports holds even with an error after the edit
// itself (validation, writing).
func EditFile(path string, edit func(*Manifest) error) (*Manifest, Edited, error) {
	m, err := LoadManifest(path)
	if err != nil {
		return nil, Edited{}, err
	}
	ed, err := Edit(m, edit)
	if err != nil {
		return m, ed, err
	}
	return m, ed, WriteManifest(path, m)
}

// Edit applies edit to m and the rules every edit follows: the witness
// threshold follows the majority when the edit leaves it invalid, the
// signatures are dropped (raising the serial if there were any), and the
// result must read back as a node would read it (Validate).
func Edit(m *Manifest, edit func(*Manifest) error) (Edited, error) {
	var ed Edited
	if err := edit(m); err != nil {
		return ed, err
	}
	if m.CheckWitnessThreshold() != nil {
		if k := MajorityThreshold(m); k != m.Witness.Threshold {
			ed.ThresholdFollowed, ed.ThresholdWas, m.Witness.Threshold = true, m.Witness.Threshold, k
		}
	}
	if len(m.Signatures) > 0 {
		ed.Unsigned = true
		m.Signatures = nil
		m.Serial++
	}
	return ed, Validate(m)
}

// Validate checks m as a node would read it: marshalled and parsed back.
func Validate(m *Manifest) error {
	data, err := m.Marshal()
	if err != nil {
		return err
	}
	_, err = ParseManifest(data)
	return err
}

// AddMember adds a member state; it must not be one already.
func (m *Manifest) AddMember(mem Member) error {
	if m.Member(mem.Jurisdiction) != nil {
		return comity.Errorf(comity.ECONFLICT, "%s is already a member of %s", mem.Jurisdiction, m.Federation)
	}
	m.Members = append(m.Members, mem)
	return nil
}

// AddNode adds node n to member state j, which must be a member.
func (m *Manifest) AddNode(j comity.Jurisdiction, n Node) error {
	mem := m.Member(j)
	if mem == nil {
		return comity.Errorf(comity.ENOTFOUND, "%s is not a member of %s: add-member first", j, m.Federation)
	}
	mem.Nodes = append(mem.Nodes, n)
	return nil
}

// RemoveMember removes member state j with its nodes.
func (m *Manifest) RemoveMember(j comity.Jurisdiction) error {
	if m.Member(j) == nil {
		return comity.Errorf(comity.ENOTFOUND, "%s is not a member of %s", j, m.Federation)
	}
	m.Members = slices.DeleteFunc(m.Members, func(mem Member) bool { return mem.Jurisdiction == j })
	return nil
}

// RemoveNode removes the node named name.
func (m *Manifest) RemoveNode(name string) error {
	if n, _ := m.Node(name); n == nil {
		return comity.Errorf(comity.ENOTFOUND, "%s has no node %q", m.Federation, name)
	}
	for i := range m.Members {
		m.Members[i].Nodes = slices.DeleteFunc(m.Members[i].Nodes, func(n Node) bool { return n.Name == name })
	}
	return nil
}

// SignedMembers counts the member states that signed m.
func (m *Manifest) SignedMembers() int {
	seen := map[comity.Jurisdiction]bool{}
	for _, s := range m.Signatures {
		seen[s.Jurisdiction] = true
	}
	return len(seen)
}
