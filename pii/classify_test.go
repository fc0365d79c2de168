package pii

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

func TestClassify(t *testing.T) {
	minorDOB := time.Now().AddDate(-10, 0, 0).Format("2006-01-02")
	tests := []struct {
		name   string
		fields string
		want   comity.Category
		paths  map[string][]string
	}{
		{"general", `{"sku":"A-1","qty":3,"note":"shipped on time"}`, comity.CategoryGeneral, map[string][]string{}},
		{"personal email", `{"contact":{"email":"a.b@example.com"},"qty":1}`, comity.CategoryPersonal,
			map[string][]string{"contact.email": {"email"}}},
		{"personal by value only", `{"note":"call 13812345678"}`, comity.CategoryPersonal,
			map[string][]string{"note": {"phone"}}},
		{"health by field name", `{"patient":"x","diagnosis":"J45"}`, comity.CategorySensitivePersonal,
			map[string][]string{"diagnosis": {"health"}}},
		{"cn id", `{"id":"11010519491231002X"}`, comity.CategorySensitivePersonal,
			map[string][]string{"id": {"cn_resident_id"}}},
		{"array paths", `{"cards":[{"pan":"4111111111111111"}]}`, comity.CategorySensitivePersonal,
			map[string][]string{"cards.0.pan": {"payment_card"}}},
		{"precise location", `{"lat":39.904211,"lon":116.407395}`, comity.CategorySensitivePersonal,
			map[string][]string{"lat": {"geolocation"}, "lon": {"geolocation"}}},
		{"minor by age", `{"age":9}`, comity.CategorySensitivePersonal, map[string][]string{"age": {"minor"}}},
		{"minor by birth date", `{"dob":"` + minorDOB + `"}`, comity.CategorySensitivePersonal,
			map[string][]string{"dob": {"date_of_birth", "minor"}}},
		{"adult birth date", `{"birthDate":"1980-01-02"}`, comity.CategoryPersonal,
			map[string][]string{"birthDate": {"date_of_birth"}}},
		{"religion", `{"Religion":"none"}`, comity.CategorySensitivePersonal, map[string][]string{"Religion": {"religion"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat, paths := Classify(json.RawMessage(tt.fields))
			if cat != tt.want {
				t.Errorf("category %s, want %s", cat, tt.want)
			}
			if !reflect.DeepEqual(paths, tt.paths) {
				t.Errorf("paths %v, want %v", paths, tt.paths)
			}
		})
	}
}

func TestClassifyNotJSON(t *testing.T) {
	cat, paths := Classify(json.RawMessage(`not json a@example.com`))
	if cat != comity.CategoryPersonal || len(paths[""]) != 1 {
		t.Fatalf("got %s %v, want personal with the email under \"\"", cat, paths)
	}
}

func TestClassifierJurisdiction(t *testing.T) {
	tests := []struct {
		name   string
		home   comity.Jurisdiction
		fields string
		want   comity.Category
	}{
		{"CN resident id", "CN", `{"name":"王伟","resident_id":"11010519491231002X"}`, comity.CategorySensitivePersonal},
		{"DE tax id", "DE", `{"name":"Anna Müller","tax_id":"86095742719","phone":"+49 151 1234567"}`, comity.CategoryPersonal},
		{"DE health", "DE", `{"name":"Anna Müller","diagnosis":"asthma"}`, comity.CategorySensitivePersonal},
		{"DE location", "DE", `{"lat":52.520008,"lon":13.404954}`, comity.CategoryPersonal},
		{"CN location", "CN", `{"lat":39.904211,"lon":116.407395}`, comity.CategorySensitivePersonal},
		{"US ssn", "US", `{"name":"Mary Smith","ssn":"123-45-6789"}`, comity.CategorySensitivePersonal},
		{"US email", "US", `{"email":"mary@example.com"}`, comity.CategoryPersonal},
		{"unknown home is strictest", "", `{"card":"4111 1111 1111 1111"}`, comity.CategorySensitivePersonal},
		{"general", "DE", `{"sku":"A-1","qty":3}`, comity.CategoryGeneral},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewClassifier(t.Context(), ClassifierConfig{Jurisdiction: tt.home})
			if err != nil {
				t.Fatal(err)
			}
			if cat, paths := c.Classify(json.RawMessage(tt.fields)); cat != tt.want {
				t.Errorf("category %s, want %s (fields %v)", cat, tt.want, paths)
			}
		})
	}
}
