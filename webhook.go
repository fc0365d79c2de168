package comity

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// A node POSTs to URLs its users give it (a transfer case's webhook, a
// customer's notification webhook). Unchecked, such a URL makes the node a
// proxy into its own network (server-side request forgery): the cloud
// metadata service, the database, an admin port on loopback. So a webhook
// must be https to a public address, checked when it is given and again on
// every connection, on the address actually dialled: a name that resolved
// to a public address when it was given and to a private one later (DNS
// rebinding) is refused then.

// nonPublic are the ranges no webhook may reach, besides what net/netip
// classes as loopback, private, link-local, multicast or unspecified.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001:10::/28"),    // ORCHID
	netip.MustParsePrefix("192.88.99.0/24"),  // 6to4 relay anycast
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
}

// PublicAddress reports whether a webhook may be sent to ip: not loopback,
// private (RFC 1918, fc00::/7), link-local (169.254/16, where cloud
// metadata lives, and fe80::/10), multicast, unspecified or reserved. An
// IPv4-mapped IPv6 address is judged as the IPv4 address it maps.
func PublicAddress(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// CheckWebhookURL accepts an absolute https URL of at most 2048 bytes whose
// host is public: an IP literal is judged at once, a name by the addresses
// it resolves to now (a name that does not resolve yet is accepted: every
// connection is checked again when it is dialled, see WebhookClient). With
// allowLocal (tests, and receivers on the node's own machine by the
// operator's explicit choice) any host is accepted, and plain http too on
// a loopback host. Errors are EINVALID.
func CheckWebhookURL(ctx context.Context, raw string, allowLocal bool) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil || len(raw) > 2048 || (u.Scheme != "https" && u.Scheme != "http") {
		return Errorf(EINVALID, "webhook %q: want an absolute https URL", raw)
	}
	host := u.Hostname()
	if allowLocal {
		if ip, err := netip.ParseAddr(host); u.Scheme == "http" && host != "localhost" && (err != nil || !ip.IsLoopback()) {
			return Errorf(EINVALID, "webhook %q: plain http only to a loopback host", raw)
		}
		return nil
	}
	if u.Scheme != "https" {
		return Errorf(EINVALID, "webhook %q: want an https URL", raw)
	}
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if !PublicAddress(ip) {
			return Errorf(EINVALID, "webhook %q: %s is not a public address", raw, ip)
		}
		return nil
	}
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return Errorf(EINVALID, "webhook %q: %s is this machine", raw, host)
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil // not resolvable now: the dial-time check decides
	}
	for _, a := range addrs {
		if !PublicAddress(a) {
			return Errorf(EINVALID, "webhook %q: %s resolves to %s, not a public address", raw, host, a)
		}
	}
	return nil
}

// errNotPublic is the dial-time refusal.
type errNotPublic struct{ addr string }

func (e errNotPublic) Error() string {
	return "webhook address " + e.addr + " is not public (loopback, private, link-local or reserved)"
}

// refuseNonPublic is a net.Dialer Control function: it runs after name
// resolution, on the address about to be connected.
func refuseNonPublic(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil || !PublicAddress(ap.Addr()) {
		return errNotPublic{address}
	}
	return nil
}

// WebhookClient returns the client that delivers webhooks: a 10 s timeout,
// no proxy (a proxy would make the connection the check is on), and a
// dialer that refuses every non-public address it is about to connect to,
// whatever name led there. With allowLocal it refuses nothing.
func WebhookClient(allowLocal bool) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}
	if !allowLocal {
		d.Control = refuseNonPublic
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = nil
	t.DialContext = d.DialContext
	return &http.Client{Timeout: 10 * time.Second, Transport: t,
		// A redirect is a new destination: the dialer checks it too, but
		// a webhook has no reason to be sent on elsewhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}
