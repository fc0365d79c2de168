package corpus

import (
	"os"
	"strconv"
	"testing"

	"github.com/comity-project/comity/pii"
)

func TestZZEval(t *testing.T) {
	seed, _ := strconv.Atoi(os.Getenv("SEED"))
	docs, _ := strconv.Atoi(os.Getenv("DOCS"))
	Evaluate(pii.Default, Generate(Config{Seed: uint64(seed), Docs: docs})).Write(os.Stdout)
}
