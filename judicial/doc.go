// Package judicial implements judicial assistance between member states
// (commitment 6 of the initiative): a state's law enforcement obtains data
// homed in another state only by asking that state.
//
// The requesting state's central authority files a Case with the holding
// state's central authority; the case travels between their nodes over the
// federation and moves through the states of machine.go. A grant is a
// ProductionOrder signed by the holding state's central authority, scoped
// to exactly what was granted; the holding node executes it once, through
// its gate, and returns Evidence signed by the holding node that a court in
// the requesting state can verify offline. Every step is an entry of kind
// "judicial-assistance" on the ledger of the node that took it, and the transparency
// Report is computed from those entries.
//
// Guard wraps a node's policy so that no other path exists: a
// law-enforcement request for data homed abroad that does not come from
// Service.Execute is refused with a reason naming this channel.
package judicial
