package http

import (
	"strconv"
	"time"

	"github.com/comity-project/comity"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

type metrics struct {
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	decisions *prometheus.CounterVec
	imports   *prometheus.CounterVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "comity_http_requests_total", Help: "API requests by route and status.",
		}, []string{"route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "comity_http_request_duration_seconds", Help: "API request latency by route.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5},
		}, []string{"route"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "comity_gate_decisions_total", Help: "Gate decisions answered by this node's API, by outcome.",
		}, []string{"outcome"}),
		imports: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "comity_import_records_total", Help: "Records received by bulk import, by what the store did with them.",
		}, []string{"result"}),
	}
	reg.MustRegister(m.requests, m.duration, m.decisions, m.imports)
	// A registry per node (the demo runs three in one process) still wants
	// the process and runtime figures; registering them twice is harmless.
	reg.Register(collectors.NewGoCollector())
	reg.Register(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.duration.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) decision(rel *comity.Release, err error) {
	switch {
	case rel != nil && rel.Decision != nil:
		m.decisions.WithLabelValues(string(rel.Decision.Outcome)).Inc()
	case comity.ErrorCode(err) == comity.EDENIED:
		m.decisions.WithLabelValues(string(comity.Deny)).Inc()
	case comity.ErrorCode(err) == comity.EPENDING:
		m.decisions.WithLabelValues(string(comity.Pending)).Inc()
	}
}

func (m *metrics) imported(res *comity.ImportResult) {
	m.imports.WithLabelValues("created").Add(float64(res.Created))
	m.imports.WithLabelValues("updated").Add(float64(res.Updated))
	m.imports.WithLabelValues("unchanged").Add(float64(res.Unchanged))
}
