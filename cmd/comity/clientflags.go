package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// apiFlags are the flags of every command that calls a node's API.
type apiFlags struct {
	node      string
	tokenFile string
	caFile    string
}

func (a *apiFlags) register(f *pflag.FlagSet) {
	f.StringVar(&a.node, "node", defaultNode(), "the node's API URL (default: $COMITY_NODE, else https://127.0.0.1:7443)")
	f.StringVar(&a.tokenFile, "token-file", "", "file holding the API token (default: $COMITY_TOKEN)")
	f.StringVar(&a.caFile, "ca", "", "CA certificate to trust for the node's TLS certificate (default: the system's)")
}

// keyFlag registers --name for *p and the old bare --key as a deprecated
// alias, so that --key no longer means different keys in different commands
// while scripts written for it keep working. With required, one of the two
// must be given.
func keyFlag(cmd *cobra.Command, p *string, name, usage string, required bool) {
	f := cmd.Flags()
	f.StringVar(p, name, "", usage)
	f.StringVar(p, "key", "", usage)
	f.MarkHidden("key")
	prev := cmd.PreRunE
	cmd.PreRunE = func(c *cobra.Command, args []string) error {
		if c.Flags().Changed("key") { // on stderr: stdout may be CSV or JSON
			fmt.Fprintf(c.ErrOrStderr(), "comity: --key is deprecated here, use --%s\n", name)
		}
		if prev != nil {
			return prev(c, args)
		}
		return nil
	}
	if required {
		cmd.MarkFlagsOneRequired(name, "key")
	}
}

// client returns an API client; the token comes from a file or the
// environment, never from a flag, so that it stays out of shell history and
// process listings.
func (a *apiFlags) client() (*client.Client, error) {
	token := os.Getenv("COMITY_TOKEN")
	if a.tokenFile != "" {
		b, err := os.ReadFile(a.tokenFile)
		if err != nil {
			return nil, err
		}
		token = strings.TrimSpace(string(b))
	}
	if token == "" {
		return nil, comity.Errorf(comity.EINVALID, "no API token: use --token-file or set COMITY_TOKEN")
	}
	hc, err := a.httpClient()
	if err != nil {
		return nil, err
	}
	return &client.Client{BaseURL: a.node, Token: token, HTTP: hc}, nil
}

// httpClient trusts --ca, or the system's CAs.
func (a *apiFlags) httpClient() (*http.Client, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true}
	if a.caFile != "" {
		pool, err := federation.LoadCertPool(a.caFile)
		if err != nil {
			return nil, err
		}
		tr.TLSClientConfig.RootCAs = pool
	}
	return &http.Client{Transport: tr, Timeout: 5 * time.Minute}, nil
}

// publicClient is a client for public routes: no token needed.
func (a *apiFlags) publicClient() (*client.Client, error) {
	hc, err := a.httpClient()
	if err != nil {
		return nil, err
	}
	return &client.Client{BaseURL: a.node, HTTP: hc}, nil
}

// defaultNode is the node a command calls when --node is not given.
func defaultNode() string {
	if v := os.Getenv("COMITY_NODE"); v != "" {
		return v
	}
	return "https://127.0.0.1:7443"
}
