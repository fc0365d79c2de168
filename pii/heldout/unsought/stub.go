package unsought

var zhLocale = deLocale
