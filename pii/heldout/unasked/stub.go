package unasked

var zhKinds = enKinds
var deKinds = enKinds
var deGiven, deSur, deStreets, zhGiven, zhSur, zhRoads []string
