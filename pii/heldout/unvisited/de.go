package unvisited

var deKinds = zhKinds
