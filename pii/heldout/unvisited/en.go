package unvisited

var enKinds = zhKinds
