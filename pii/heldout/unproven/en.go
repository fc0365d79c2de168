package unproven

var enKinds []kind
