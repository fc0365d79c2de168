package pii

import (
	"slices"
	"testing"
)

// TestAddressRound17Formats: shapes written from how addresses are
// written, not read off a corpus: a province without "省" before its
// city, a house number with a dash, a town's residents' community (not
// its offices), a bullet between street and postcode.
func TestAddressRound17Formats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"寄到广东深圳市南山区科技园路12号\n", []string{"广东深圳市南山区科技园路12号"}},
		{"宁夏银川市兴庆区解放西街118号\n", []string{"宁夏银川市兴庆区解放西街118号"}},
		{"新疆路12号\n", []string{"新疆路12号"}},
		{"广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座\n", []string{"广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座"}},
		{"家住湖南省邵阳市隆回县桃洪镇东方社区，电话\n", []string{"湖南省邵阳市隆回县桃洪镇东方社区"}},
		{"北京市朝阳区望京街道花家地社区居委会\n", nil},
		{"Bergstr. 17 • 69120 Heidelberg\n", []string{"Bergstr. 17 • 69120 Heidelberg"}},
		{"12 Oak St • Springfield, IL 62704\n", []string{"12 Oak St • Springfield, IL 62704"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound17ZH: the Chinese shapes read on unvisited: a rural
// address that names no province or known city, or whose divisions are
// parted by spaces or commas; a labelled village and its group; an estate
// after 住, in a table's cell or after a date; 送 and 邻近 before a bare
// road; a chain of parts written with commas; not a clause after the
// number, nor a pickup code.
func TestAddressRound17ZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`"mail_to":"渭滨区黄田镇石门村","piece"` + "\n", []string{"渭滨区黄田镇石门村"}},
		{"经常居住地：遵义市 汇川区 双河乡红星村\n", []string{"遵义市 汇川区 双河乡红星村"}},
		{"住湖南省，株洲市，芦淞区，清水乡新塘村7组\n", []string{"湖南省，株洲市，芦淞区，清水乡新塘村7组"}},
		{"集合地点改到镜湖区 双河乡上湾村门口\n", []string{"镜湖区 双河乡上湾村"}},
		{"| 白沙镇杨柳村 | 鲜牛奶\n", []string{"白沙镇杨柳村"}},
		{"我们镇本村的人\n", nil},
		{"拟建地点：下坝村11组，四至：东至蒋志强家\n", []string{"下坝村11组"}},
		{"我们村11组的人\n", nil},
		{"家庭住址：贵州省黔东南苗族侗族自治州雷山县西江镇控拜村4组\n", []string{"贵州省黔东南苗族侗族自治州雷山县西江镇控拜村4组"}},
		{"4. 龙伟 83岁 膝关节痛 住阳光水岸17栋3单元1602室\n", []string{"阳光水岸17栋3单元1602室"}},
		{"段书瑶 | 阳光水岸16-2-1554 | 鲜牛奶×2\n", []string{"阳光水岸16-2-1554"}},
		{"2020-11-13 东湖名邸14栋3单元1901室 业主\n", []string{"东湖名邸14栋3单元1901室"}},
		{"市政府3号楼\n", nil},
		{"寄养期间如遇疾病送迎宾大道90号的合作医院\n", []string{"迎宾大道90号"}},
		{"3. 邻近长虹中路214号的仓库未设防火门。\n", []string{"长虹中路214号"}},
		{"住广东省，江门市，蓬江区，桃源路6号，碧桂苑小区8栋3单元801\n", []string{"广东省，江门市，蓬江区，桃源路6号，碧桂苑小区8栋3单元801"}},
		{"您的包裹已到成都市锦江区胜利胡同53号，取件码8-2-2268，请于\n", []string{"成都市锦江区胜利胡同53号"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound17US: the US shapes read on unvisited: "P. O. BOX" in
// capitals, a town of the gazetteer after the street without its state
// and ZIP code, an unnumbered unit before it, a street in capitals whose
// name holds a suffix's word, but not the city before its state.
func TestAddressRound17US(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Address: P. O. BOX 7270, Pawtucket, RI 95087\n", []string{"P. O. BOX 7270, Pawtucket, RI 95087"}},
		{"15:15 Jennifer Liu (first time) - 13950 Tamarack St., Minot\n", []string{"13950 Tamarack St., Minot"}},
		{"12 Oak St, Monday works\n", []string{"12 Oak St"}},
		{"6146 Prairie Wind Avenue Bsmt, Pawtucket\n", []string{"6146 Prairie Wind Avenue Bsmt, Pawtucket"}},
		{"16:30 PETROV, Reginald - 18704 N PRAIRIE WIND ROAD UNIT 12 DEARBORN, MI 57197\n", []string{"18704 N PRAIRIE WIND ROAD UNIT 12 DEARBORN, MI 57197"}},
		{"OWNER ADDRESS: 723 BROOKSIDE TER SIOUX FALLS, SD 57104\n", []string{"723 BROOKSIDE TER SIOUX FALLS, SD 57104"}},
		{"MAILING: 57561 WHIPPOORWILL CIR HARLAN SPRINGS KY 11729-7668\n", []string{"57561 WHIPPOORWILL CIR HARLAN SPRINGS KY 11729-7668"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
