package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/release"
)

// Vendor is the demo's ICT vendor, homed in CN.
const Vendor = "cn-soft"

// releaseArtefacts writes a real binary (this program itself), its
// CycloneDX SBOM (from the binary's own build information) and a
// provenance statement into dir.
func releaseArtefacts(dir string) (map[string][]byte, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	bin, err := os.ReadFile(exe)
	if err != nil {
		return nil, err
	}
	binSum := sha256.Sum256(bin)
	components := []map[string]any{}
	goVersion := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		for _, d := range bi.Deps {
			components = append(components, map[string]any{"type": "library", "name": d.Path, "version": d.Version,
				"purl": "pkg:golang/" + d.Path + "@" + d.Version})
		}
	}
	sbom, _ := json.MarshalIndent(map[string]any{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
		"metadata": map[string]any{"component": map[string]any{"type": "application", "name": "comity-agent", "version": "1.0.0",
			"purl": "pkg:generic/cn-soft/comity-agent@1.0.0", "hashes": []map[string]string{{"alg": "SHA-256", "content": hex.EncodeToString(binSum[:])}}}},
		"components": components}, "", "  ")
	prov, _ := json.MarshalIndent(map[string]any{"_type": "https://in-toto.io/Statement/v1",
		"subject":       []map[string]any{{"name": "comity-agent", "digest": map[string]string{"sha256": hex.EncodeToString(binSum[:])}}},
		"predicateType": "https://slsa.dev/provenance/v1",
		"predicate": map[string]any{"buildDefinition": map[string]any{"buildType": "https://go.dev/cmd/go/build",
			"externalParameters": map[string]string{"toolchain": goVersion}}, "runDetails": map[string]any{"builder": map[string]string{"id": "comity-demo"}}}}, "", "  ")
	out := map[string][]byte{"comity-agent": bin, "comity-agent.cdx.json": sbom, "comity-agent.provenance.json": prov}
	for name, b := range out {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func signRelease(s *release.Signer, purl string, artefacts map[string][]byte) ([]byte, error) {
	var subs []release.Subject
	for name, b := range artefacts {
		sum := sha256.Sum256(b)
		subs = append(subs, release.Subject{Name: name, SHA256: hex.EncodeToString(sum[:])})
	}
	st, err := release.NewStatement(release.Predicate{PURL: purl, DataFlows: []release.DataFlow{{Destination: "update.cn-soft.example",
		Jurisdictions: []comity.Jurisdiction{"CN"}, Data: []string{"product-version"}, Purpose: "update check"}}}, subs)
	if err != nil {
		return nil, err
	}
	env, err := release.Sign(s, st)
	if err != nil {
		return nil, err
	}
	return env.Marshal()
}

// releaseSteps: a CN vendor publishes a release; a DE customer verifies it
// offline; a tampered binary, a re-tag and an unregistered key are refused.
func releaseSteps(ctx context.Context, f *Federation, w *narrator) error {
	w.step("A CN vendor publishes a release; a DE customer verifies it offline")
	p, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: Vendor, Organisation: Vendor,
		Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		return err
	}
	vendor := f.Client("CN", "operator")
	vendor.Token = p.Token
	k, _ := release.GenerateKey(false)
	key, err := release.NewSigner(k)
	if err != nil {
		return err
	}
	reg, err := vendor.RegisterVendorKey(ctx, key, "")
	if err != nil {
		return err
	}
	w.say("%s registers its Ed25519 key %s… at cn-node: ledger entry %d, public key history.", Vendor, reg.KeyID[:16], reg.Index)
	dir := filepath.Join(f.Dir, "release")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	art, err := releaseArtefacts(dir)
	if err != nil {
		return err
	}
	const purl = "pkg:generic/cn-soft/comity-agent@1.0.0"
	env, err := signRelease(key, purl, art)
	if err != nil {
		return err
	}
	pub, err := vendor.PublishRelease(ctx, env)
	if err != nil {
		return err
	}
	if pub.Bundle == nil {
		return fmt.Errorf("no bundle within the merge delay")
	}
	w.say("It publishes %s: the binary (%d KiB), its CycloneDX SBOM and provenance,", purl, len(art["comity-agent"])>>10)
	w.say("→ logged at %s entry %d; bundle with a checkpoint cosigned by the other members' witnesses.", pub.Bundle.Log, pub.Bundle.Index)

	cn := f.Client("CN", "operator")
	cn.Token = ""
	tf, err := cn.ReleaseTrust(ctx)
	if err != nil {
		return err
	}
	raw, _ := json.Marshal(tf)
	trust, err := release.ParseTrust(raw)
	if err != nil {
		return err
	}
	v, err := trust.Verify(pub.Bundle)
	if err != nil {
		return err
	}
	w.say("A DE customer, offline, with the trust file (signed manifest + vendor keys):")
	for name, b := range art {
		sum := sha256.Sum256(b)
		if _, ok := v.Statement.Find(hex.EncodeToString(sum[:])); !ok {
			return fmt.Errorf("%s is not in the release", name)
		}
		w.say("→ ok  %s is in the release, signed by %s, logged and cosigned by %d witness(es)", name, v.Vendor, len(v.Cosigners))
	}
	tampered := append([]byte(nil), art["comity-agent"]...)
	tampered[len(tampered)/2] ^= 0xff
	sum := sha256.Sum256(tampered)
	if _, ok := v.Statement.Find(hex.EncodeToString(sum[:])); ok {
		return fmt.Errorf("a tampered binary verified")
	}
	w.say("→ REFUSED a binary with one byte changed: its digest is not in the release.")

	retag, err := signRelease(key, purl, map[string][]byte{"comity-agent": tampered})
	if err != nil {
		return err
	}
	if _, err := vendor.PublishRelease(ctx, retag); comity.ErrorCode(err) != comity.ECONFLICT {
		return fmt.Errorf("a re-tag was not refused: %v", err)
	} else {
		w.say("→ REFUSED a re-tag of 1.0.0 with other digests, and the attempt is on the log: %s", comity.ErrorMessage(err))
	}
	k2, _ := release.GenerateKey(false)
	rogue, _ := release.NewSigner(k2)
	other, err := signRelease(rogue, "pkg:generic/cn-soft/comity-agent@1.0.1", art)
	if err != nil {
		return err
	}
	if _, err := vendor.PublishRelease(ctx, other); comity.ErrorCode(err) != comity.EFORBIDDEN {
		return fmt.Errorf("an unregistered key was not refused: %v", err)
	} else {
		w.say("→ REFUSED a release signed with an unregistered key: %s", comity.ErrorMessage(err))
	}
	bb, _ := pub.Bundle.Marshal()
	if err := os.WriteFile(filepath.Join(dir, "comity-agent.bundle.json"), bb, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "trust.json"), raw, 0o644); err != nil {
		return err
	}
	w.say("In %s: comity release verify --bundle comity-agent.bundle.json --trust trust.json comity-agent", dir)
	return nil
}
