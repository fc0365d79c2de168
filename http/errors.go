package http

import (
	"errors"

	"github.com/comity-project/comity"
)

func asError(err error) (*comity.Error, bool) {
	var e *comity.Error
	ok := errors.As(err, &e)
	return e, ok
}
