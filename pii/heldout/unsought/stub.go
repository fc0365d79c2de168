package unsought

var zhLocale = deLocale
var enLocale = deLocale
