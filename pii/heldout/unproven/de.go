package unproven

var deKinds []kind
