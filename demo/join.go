package demo

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// maxJoins bounds how many states may join a running demo federation.
const maxJoins = 4

// Join adds state j to the running federation the way a real state would,
// with no member restarting: j's node is made with its own CA (no one
// shares a CA key); a successor manifest lists it, signed by the current
// manifest's baseline quorum of members and by j's own authority; j's node
// starts on it; and one member's operator hands it to its running node,
// which logs it, applies it and passes it on to the others. Join returns
// once every member runs on the new manifest.
func (f *Federation) Join(ctx context.Context, j comity.Jurisdiction) (*Member, error) {
	if f.Members[j] != nil {
		return nil, comity.Errorf(comity.ECONFLICT, "%s is already a member", j)
	}
	if len(f.States) >= cap(f.errs) { // each serving node may report one error
		return nil, comity.Errorf(comity.EINVALID, "at most %d states may join a demo federation", maxJoins)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	served := false
	defer func() {
		if !served {
			ln.Close()
		}
	}()
	name := strings.ToLower(string(j)) + "-node"
	dir := filepath.Join(f.Dir, strings.ToLower(string(j)))
	manifestPath := filepath.Join(dir, "manifest.json")
	// No CA given: the node gets a CA of its own.
	ncfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Name: name, Jurisdiction: j, Listen: ln.Addr().String(),
		Hosts: []string{"127.0.0.1", "localhost"}, Manifest: manifestPath})
	if err != nil {
		return nil, fmt.Errorf("init %s: %w", name, err)
	}
	caPEM, err := os.ReadFile(filepath.Join(dir, "ca", federation.CACertFile))
	if err != nil || !f.roots.AppendCertsFromPEM(caPEM) { // for the demo's own clients only
		return nil, fmt.Errorf("%s's CA: %v", name, err)
	}
	key, err := federation.LoadPrivateKey(ncfg.Key)
	if err != nil {
		return nil, err
	}
	mem := &Member{Jurisdiction: j, Name: name, URL: "https://" + ln.Addr().String(), ConfigPath: filepath.Join(dir, "node.yaml"),
		CAFile: filepath.Join(dir, "ca", federation.CACertFile),
		Tokens: map[string]string{"operator": opToken}, Authorities: map[comity.Role]ed25519.PrivateKey{}}
	entry := federation.Member{Jurisdiction: j, Nodes: []federation.Node{{Name: name, URL: mem.URL, PublicKey: federation.PublicKey(key.Public().(ed25519.PublicKey))}}}
	for _, role := range []comity.Role{comity.RoleDPA, comity.RoleCentralAuthority} {
		k, err := federation.GenerateKey()
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(f.AuthorityKeyFile(j, role)), 0o700); err != nil {
			return nil, err
		}
		if err := federation.WritePrivateKey(f.AuthorityKeyFile(j, role), k); err != nil {
			return nil, err
		}
		mem.Authorities[role] = k
		entry.Authorities = append(entry.Authorities, federation.Authority{Role: role, Name: string(j) + " " + string(role),
			PublicKey: federation.PublicKey(k.Public().(ed25519.PublicKey))})
	}

	// The successor: the current manifest plus j, signed by the current
	// baseline quorum and by j itself.
	prev := f.Manifest
	data, err := prev.Marshal()
	if err != nil {
		return nil, err
	}
	next, err := federation.ParseManifest(data)
	if err != nil {
		return nil, err
	}
	next.Serial++
	next.Signatures = nil
	next.Members = append(next.Members, entry)
	signers := append([]comity.Jurisdiction{j}, f.States[:prev.BaselineQuorum]...)
	for _, s := range signers {
		key := mem.Authorities[comity.RoleDPA]
		if s != j {
			key = f.Members[s].Authorities[comity.RoleDPA]
		}
		if err := federation.SignSuccessor(prev, next, s, key); err != nil {
			return nil, fmt.Errorf("%s signs: %w", s, err)
		}
	}
	if err := federation.VerifySuccessor(prev, next); err != nil {
		return nil, err
	}
	if err := federation.WriteManifest(manifestPath, next); err != nil {
		return nil, err
	}

	// j's node starts on the new manifest; then one member takes it live.
	ncfg.AllowLocalWebhooks = f.local
	if mem.Node, err = node.Open(ctx, ncfg, node.Options{Logger: f.logger, Webhooks: f.webhooks}); err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	f.Members[j] = mem
	f.wg.Add(1)
	served = true
	go func() {
		defer f.wg.Done()
		if err := mem.Node.Serve(f.runCtx, ln); err != nil {
			f.errs <- fmt.Errorf("%s: %w", name, err)
		}
	}()
	manifest, err := next.Marshal()
	if err != nil {
		return nil, err
	}
	if _, err := f.Client(f.States[0], "operator").PublishManifest(ctx, manifest); err != nil {
		return nil, fmt.Errorf("hand the manifest to %s: %w", f.States[0], err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for _, s := range f.States {
		for f.Members[s].Node.Peers.Manifest().Serial != next.Serial {
			if time.Now().After(deadline) {
				return nil, fmt.Errorf("%s did not take manifest serial %d", s, next.Serial)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	// Until the members take the manifest, no witness knows j's log: it
	// cannot publish, and after its merge delay it issues no receipts
	// (ledger.Suspended). Its principals, which are logged, wait for that.
	for mem.Node.Log.Suspended() != nil {
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s's log does not publish: %w", name, mem.Node.Log.Suspended())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := f.principalsOf(ctx, j); err != nil {
		return nil, err
	}
	f.Manifest = next
	f.States = append(f.States, j)
	// The federation's copy, for auditors (comity audit --manifest); the
	// nodes keep what they accepted themselves.
	if err := federation.WriteManifest(filepath.Join(f.Dir, "manifest.json"), next); err != nil {
		return nil, err
	}
	return mem, nil
}

// joinStep walks a fourth state, Japan, into the running federation.
func joinStep(ctx context.Context, f *Federation, w *narrator) error {
	const j = "JP"
	w.step("Japan joins the running federation; no one restarts")
	prev := f.Manifest.Serial
	w.say("Japan runs `comity init` (its node gets a CA of its own: no one hands over a CA key),")
	w.say("and the members list its node key and authority keys in manifest serial %d. It is", prev+1)
	w.say("signed by the quorum that serial %d requires (%d of its %d members, with the keys it lists)", prev, f.Manifest.BaselineQuorum, len(f.Manifest.Members))
	w.say("and by Japan itself; then CN's operator hands it to CN's running node.")
	mem, err := f.Join(ctx, j)
	if err != nil {
		return err
	}
	w.say("→ every member now runs on serial %d: CN checked it against serial %d, logged it,", f.Manifest.Serial, prev)
	w.say("  kept it and passed it on; DE and US checked it again for themselves.")
	meta, err := f.Client("DE", "controller").CreateRecord(ctx, comityhttp.RecordInput{Home: j, Category: comity.CategoryPersonal,
		Subjects: []string{"jp-person-demo"}, Fields: json.RawMessage(`{"name":"山田花子","phone":"+81 90 1234 5678"}`)})
	if err != nil {
		return fmt.Errorf("a write homed in JP: %w", err)
	}
	w.say("%s writes, at the DE node, a record generated in Japan: stored as %s at %s.", Multinational, meta.ID, mem.Name)
	rel, err := f.Client(j, "controller").ReadRecord(ctx, meta.ID, "customer service")
	if err != nil {
		return fmt.Errorf("read at JP: %w", err)
	}
	if rel.Receipt == nil {
		return fmt.Errorf("read at JP: no receipt")
	}
	// JP's log publishes only with a member's cosignature; JP cosigns theirs.
	deadline := time.Now().Add(20 * time.Second)
	var cosigner string
	for cosigner == "" {
		cp, err := mem.Node.Log.Checkpoint(ctx)
		if err != nil {
			return err
		}
		lines := strings.Split(string(cp), "\n")
		if len(lines) > 1 && lines[1] != "0" {
			for _, l := range lines {
				if name, ok := strings.CutPrefix(l, "— "); ok && strings.Contains(name, "/witness") {
					cosigner, _, _ = strings.Cut(name, " ")
				}
			}
		}
		if cosigner == "" {
			if time.Now().After(deadline) {
				return fmt.Errorf("%s's log is not witnessed", mem.Name)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	// DE's next checkpoints go to JP's witness too: DE's log grows with
	// each read the multinational makes there.
	de := f.Members["DE"].Name
	for deadline = time.Now().Add(20 * time.Second); ; time.Sleep(300 * time.Millisecond) {
		if n, err := mem.Node.Witness.Cosigned(de); err == nil && n > 0 {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s does not witness %s's log", mem.Name, de)
		}
		if _, err := f.Client("DE", "controller").ListRecords(ctx, "", comity.RecordFilter{Limit: 1}); err != nil {
			return err
		}
	}
	w.say("→ the JP controller reads it at home, receipt entry %d of log %s; that log's", rel.Receipt.Index, rel.Receipt.Origin)
	w.say("  checkpoints carry a member's cosignature (%s), and %s cosigns the", cosigner, mem.Name)
	w.say("  members' logs in turn (%s's, as soon as it grew).", de)

	// A takeover: every authority key replaced, signed by the new keys.
	forged, err := forgedSuccessor(f.Manifest)
	if err != nil {
		return err
	}
	_, err = f.Client("DE", "operator").PublishManifest(ctx, forged)
	if comity.ErrorCode(err) != comity.EINVALID {
		return fmt.Errorf("a forged manifest was not refused: %v", err)
	}
	w.say("A forged serial %d — every authority key replaced, signed by the new keys — handed", f.Manifest.Serial+1)
	w.say("to the DE node is refused and logged: %s", comity.ErrorMessage(err))
	w.say("A rolled-back or forged manifest file is refused the same way when a node starts.")
	return nil
}

// forgedSuccessor is m's successor with every authority key replaced by a
// new one that signs it: valid on its own, endorsed by no current member.
func forgedSuccessor(m *federation.Manifest) ([]byte, error) {
	data, err := m.Marshal()
	if err != nil {
		return nil, err
	}
	next, err := federation.ParseManifest(data)
	if err != nil {
		return nil, err
	}
	next.Serial++
	next.Signatures = nil
	keys := map[comity.Jurisdiction]ed25519.PrivateKey{}
	for i := range next.Members {
		for k := range next.Members[i].Authorities {
			key, err := federation.GenerateKey()
			if err != nil {
				return nil, err
			}
			next.Members[i].Authorities[k].PublicKey = federation.PublicKey(key.Public().(ed25519.PublicKey))
			keys[next.Members[i].Jurisdiction] = key
		}
	}
	for j, key := range keys {
		if err := federation.Sign(next, j, key); err != nil {
			return nil, err
		}
	}
	return next.Marshal()
}
