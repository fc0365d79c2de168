package release

// ReleaseEntry exposes the release entry builder to the external tests'
// offline fixture.
var ReleaseEntry = releaseEntry
