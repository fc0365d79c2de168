package node_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// netLab puts each node in a Linux network namespace of its own, joined to
// the test's namespace by a veth pair on a bridge, so that a test can cut
// the links between chosen nodes (and, where the kernel has netem, delay
// and drop their packets) while clients in the test's namespace keep
// reaching every node.
type netLab struct {
	t      *testing.T
	ns     map[comity.Jurisdiction]string
	ip     map[comity.Jurisdiction]string
	bridge string
	netem  bool // the kernel has the netem qdisc
}

// newNetLab creates the namespaces, or skips the test, loudly, where they
// cannot be created (not root, no ip(8), a kernel without them).
func newNetLab(t *testing.T, states ...comity.Jurisdiction) *netLab {
	if os.Geteuid() != 0 {
		t.Skip("SKIPPED: network namespaces need root; network faults are NOT tested here")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("SKIPPED: no ip(8) (Debian iproute2) to create network namespaces; network faults are NOT tested here")
	}
	id := os.Getpid() % 100000
	l := &netLab{t: t, ns: map[comity.Jurisdiction]string{}, ip: map[comity.Jurisdiction]string{}, bridge: fmt.Sprintf("cbr%d", id)}
	subnet := fmt.Sprintf("10.%d.%d", 200+id%50, id%250)
	if err := l.try("ip", "link", "add", l.bridge, "type", "bridge"); err != nil {
		t.Skipf("SKIPPED: cannot create a bridge (%v); network faults are NOT tested here", err)
	}
	t.Cleanup(func() { l.try("ip", "link", "del", l.bridge) })
	l.must("ip", "addr", "add", subnet+".254/24", "dev", l.bridge)
	l.must("ip", "link", "set", l.bridge, "up")
	for i, j := range states {
		ns := fmt.Sprintf("comity%d-%s", id, strings.ToLower(string(j)))
		veth := fmt.Sprintf("cv%d%s", id, strings.ToLower(string(j)))
		if err := l.try("ip", "netns", "add", ns); err != nil {
			t.Skipf("SKIPPED: cannot create a network namespace (%v); network faults are NOT tested here", err)
		}
		t.Cleanup(func() { l.try("ip", "netns", "del", ns) })
		l.ns[j], l.ip[j] = ns, fmt.Sprintf("%s.%d", subnet, i+1)
		l.must("ip", "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
		l.must("ip", "link", "set", veth, "master", l.bridge)
		l.must("ip", "link", "set", veth, "up")
		l.in(j, "ip", "addr", "add", l.ip[j]+"/24", "dev", "eth0")
		l.in(j, "ip", "link", "set", "eth0", "up")
		l.in(j, "ip", "link", "set", "lo", "up")
	}
	j := states[0]
	if err := l.try("ip", "netns", "exec", l.ns[j], "tc", "qdisc", "add", "dev", "eth0", "root", "netem", "delay", "1ms"); err == nil {
		l.netem = true
		l.try("ip", "netns", "exec", l.ns[j], "tc", "qdisc", "del", "dev", "eth0", "root")
	} else {
		t.Logf("SKIPPED delay and drop: this kernel has no netem qdisc (tc: %v); only partitions are injected", err)
	}
	return l
}

func (l *netLab) try(args ...string) error {
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

func (l *netLab) must(args ...string) {
	if err := l.try(args...); err != nil {
		l.t.Fatal(err)
	}
}

func (l *netLab) in(j comity.Jurisdiction, args ...string) {
	l.must(append([]string{"ip", "netns", "exec", l.ns[j]}, args...)...)
}

// wrap is the command prefix that runs a program in j's namespace.
func (l *netLab) wrap(j comity.Jurisdiction) []string {
	return []string{"ip", "netns", "exec", l.ns[j]}
}

// partition cuts the link between a and b both ways: each drops what it
// would send to the other (a blackhole route), silently for the peer.
func (l *netLab) partition(a, b comity.Jurisdiction) {
	l.in(a, "ip", "route", "add", "blackhole", l.ip[b]+"/32")
	l.in(b, "ip", "route", "add", "blackhole", l.ip[a]+"/32")
}

// heal restores the link between a and b.
func (l *netLab) heal(a, b comity.Jurisdiction) {
	l.in(a, "ip", "route", "del", "blackhole", l.ip[b]+"/32")
	l.in(b, "ip", "route", "del", "blackhole", l.ip[a]+"/32")
}

// impair delays (ms) and drops (percent) every packet j sends; clear
// undoes it. Only where netem exists.
func (l *netLab) impair(j comity.Jurisdiction, delayMS, lossPct int) {
	l.in(j, "tc", "qdisc", "replace", "dev", "eth0", "root", "netem", "delay", fmt.Sprintf("%dms", delayMS), "loss", fmt.Sprintf("%d%%", lossPct))
}

func (l *netLab) clear(j comity.Jurisdiction) {
	l.try("ip", "netns", "exec", l.ns[j], "tc", "qdisc", "del", "dev", "eth0", "root")
}
