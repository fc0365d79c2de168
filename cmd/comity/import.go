package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() { commands = append(commands, newImportCmd) }

func newImportCmd() *cobra.Command {
	var (
		api    apiFlags
		format string
		batch  int
		quiet  bool
	)
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Bulk-import records from NDJSON or CSV, idempotently",
		Long: `Bulk-import records from an NDJSON file (one record per line: id, home, category,
subjects, fields) or a CSV file with a header (columns id, home, controller, category,
subjects separated by ";"; every other column becomes a field). Every record needs an id.

The file is validated as it is read and sent in batches. A batch with an invalid line
stores nothing; a valid batch is stored one transaction per home, so when one home cannot
be reached the error says what each home before it stored. Running the same import again
stores nothing twice, so an interrupted import is finished by running it again.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			if batch < 1 || batch > 100_000 {
				return comity.Errorf(comity.EINVALID, "--batch %d: want 1 to 100000", batch)
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			read, err := importFormat(format, args[0])
			if err != nil {
				return err
			}
			prog := newImportProgress(cmd.ErrOrStderr(), quiet)
			defer prog.finish()
			total, err := c.ImportRecords(cmd.Context(), func(yield func(*comity.Record) error) error { return read(f, yield) },
				client.ImportOptions{Batch: batch, Read: prog.read, Stored: prog.stored})
			if err != nil {
				return err
			}
			prog.finish()
			fmt.Fprintf(cmd.OutOrStdout(), "imported %s: %d created, %d updated, %d unchanged\n",
				args[0], total.Created, total.Updated, total.Unchanged)
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&format, "format", "", "ndjson or csv (default: from the file's extension)")
	cmd.Flags().IntVar(&batch, "batch", 5000, "records per request (each request is one transaction)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress on stderr")
	return cmd
}

// importFormat returns the parser for a file; records are always sent as
// NDJSON, after local validation (client.ImportRecords).
func importFormat(format, path string) (func(io.Reader, func(*comity.Record) error) error, error) {
	if format == "" {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".csv":
			format = "csv"
		default:
			format = "ndjson"
		}
	}
	switch format {
	case "ndjson", "jsonl":
		return comity.ReadNDJSON, nil
	case "csv":
		return comity.ReadCSV, nil
	}
	return nil, comity.Errorf(comity.EINVALID, "--format %q: want ndjson or csv", format)
}

// importProgress reports an import on stderr in records: a live bar on a
// terminal, otherwise one plain line per stored batch (no carriage
// returns in logs), nothing with -q.
type importProgress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	plain bool
	done  bool
}

func newImportProgress(w io.Writer, quiet bool) *importProgress {
	p := &importProgress{w: w}
	switch f, ok := w.(*os.File); {
	case quiet:
	case ok && term.IsTerminal(int(f.Fd())):
		p.bar = progressbar.NewOptions64(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("importing"),
			progressbar.OptionSetItsString("records"), progressbar.OptionShowIts(), progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100*time.Millisecond))
	default:
		p.plain = true
	}
	return p
}

// read counts one record read from the file.
func (p *importProgress) read() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// stored reports the records the node has stored so far.
func (p *importProgress) stored(n int) {
	if p.plain {
		fmt.Fprintf(p.w, "importing: %d records stored\n", n)
	}
}

func (p *importProgress) finish() {
	if p.bar != nil && !p.done {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
	p.done = true
}
