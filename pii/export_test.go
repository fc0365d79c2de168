package pii

import "context"

// Hooks for the external tests that train and score the name model on the
// corpora of pii/heldout (which import this package).

// NameText is a text and the spans of the person names in it.
type NameText = nameText

// TrainNameModel is trainNameModel.
var TrainNameModel = trainNameModel

// QuantiseNameModel is quantiseNameModel.
var QuantiseNameModel = quantiseNameModel

// NewWithNameModel returns a default Detector that reads names the rules
// leave with weights w (nil: no model).
func NewWithNameModel(w []float32, threshold float64) *Detector {
	d, err := New(context.Background(), Config{})
	if err != nil {
		panic(err)
	}
	d.nameModel, d.nameModelZH = nil, nil
	if w != nil {
		d.nameModel = loadNameModel(quantiseNameModel(w), threshold)
	}
	return d
}

// TrainNameModelZH is trainNameModelZH.
var TrainNameModelZH = trainNameModelZH

// NewWithNameModelZH returns a default Detector (with the embedded Latin
// model) that reads Chinese names the rules leave with weights w (nil: no
// Chinese model).
func NewWithNameModelZH(w []float32, threshold float64) *Detector {
	d, err := New(context.Background(), Config{})
	if err != nil {
		panic(err)
	}
	d.nameModelZH = nil
	if w != nil {
		d.nameModelZH = loadNameModel(quantiseNameModel(w), threshold)
	}
	return d
}

// NameModelZHThreshold is nameModelZHThreshold.
const NameModelZHThreshold = nameModelZHThreshold
