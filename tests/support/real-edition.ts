/** The headlines of the real edition's seven articles, in print order. */
export const REAL_HEADLINES = [
	'“开门三评”集民智 党建联席会助发展',
	'我区召开专题调度会 聚力攻坚不动产“登记难”',
	'坚持合作共赢，敞开胸怀拥抱世界',
	'乘势而上 真抓实干 奋力实现“十五五”良好开局',
	'渝中获评全国义务教育优质均衡发展区',
	'区委经济工作会议召开',
	'“智慧党建”精准发力 “数字赋效”固本强基',
];
