var Kp=Object.create;var fu=Object.defineProperty;var Zp=Object.getOwnPropertyDescriptor;var Jp=Object.getOwnPropertyNames;var jp=Object.getPrototypeOf,Qp=Object.prototype.hasOwnProperty;var Ft=(s,e)=>()=>{try{return e||s((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var em=(s,e,t,n)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of Jp(e))!Qp.call(s,i)&&i!==t&&fu(s,i,{get:()=>e[i],enumerable:!(n=Zp(e,i))||n.enumerable});return s};var tm=(s,e,t)=>(t=s!=null?Kp(jp(s)):{},em(e||!s||!s.__esModule?fu(t,"default",{value:s,enumerable:!0}):t,s));var _u=Ft((Lv,gu)=>{"use strict";gu.exports=om;function om(s,e){for(var t=new Array(arguments.length-1),n=0,i=2,r=!0;i<arguments.length;)t[n++]=arguments[i++];return new Promise(function(l,c){t[n]=function(h){if(r)if(r=!1,h)c(h);else{for(var f=new Array(arguments.length-1),u=0;u<f.length;)f[u++]=arguments[u];l.apply(null,f)}};try{s.apply(e||null,t)}catch(a){r&&(r=!1,c(a))}})}});var vu=Ft(yu=>{"use strict";var mo=yu;mo.length=function(e){var t=e.length;if(!t)return 0;for(;t>0&&e.charAt(t-1)==="=";)--t;return Math.floor(t*3/4)};var fs=new Array(64),go=new Array(123);for(In=0;In<64;)go[fs[In]=In<26?In+65:In<52?In+71:In<62?In-4:In-59|43]=In++;var In;go[45]=62;go[95]=63;mo.encode=function(e,t,n){for(var i=null,r=[],o=0,l=0,c;t<n;){var a=e[t++];switch(l){case 0:r[o++]=fs[a>>2],c=(a&3)<<4,l=1;break;case 1:r[o++]=fs[c|a>>4],c=(a&15)<<2,l=2;break;case 2:r[o++]=fs[c|a>>6],r[o++]=fs[a&63],l=0;break}o>8191&&((i||(i=[])).push(String.fromCharCode.apply(String,r)),o=0)}return l&&(r[o++]=fs[c],r[o++]=61,l===1&&(r[o++]=61)),i?(o&&i.push(String.fromCharCode.apply(String,r.slice(0,o))),i.join("")):String.fromCharCode.apply(String,r.slice(0,o))};var xu="invalid encoding";mo.decode=function(e,t,n){for(var i=n,r=0,o,l=0;l<e.length;){var c=e.charCodeAt(l++);if(c===61&&r>1)break;if((c=go[c])===void 0)throw Error(xu);switch(r){case 0:o=c,r=1;break;case 1:t[n++]=o<<2|(c&48)>>4,o=c,r=2;break;case 2:t[n++]=(o&15)<<4|(c&60)>>2,o=c,r=3;break;case 3:t[n++]=(o&3)<<6|c,r=0;break}}if(r===1)throw Error(xu);return n-i};var am=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,lm=/[-_]/,cm=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;mo.test=function(e){return am.test(e)||lm.test(e)&&cm.test(e)}});var Mu=Ft((Dv,Su)=>{"use strict";Su.exports=_o;function _o(){this._listeners=Object.create(null)}_o.prototype.on=function(e,t,n){return(this._listeners[e]||(this._listeners[e]=[])).push({fn:t,ctx:n||this}),this};_o.prototype.off=function(e,t){if(e===void 0)this._listeners=Object.create(null);else if(t===void 0)this._listeners[e]=[];else{var n=this._listeners[e];if(!n)return this;for(var i=0;i<n.length;)n[i].fn===t?n.splice(i,1):++i}return this};_o.prototype.emit=function(e){var t=this._listeners[e];if(t){for(var n=[],i=1;i<arguments.length;)n.push(arguments[i++]);for(i=0;i<t.length;)t[i].fn.apply(t[i++].ctx,n)}return this}});var Cu=Ft((Uv,Ru)=>{"use strict";Ru.exports=bu(bu);function bu(s){return typeof Float32Array<"u"?(function(){var e=new Float32Array([-0]),t=new Uint8Array(e.buffer),n=t[3]===128;function i(c,a,h){e[0]=c,a[h]=t[0],a[h+1]=t[1],a[h+2]=t[2],a[h+3]=t[3]}function r(c,a,h){e[0]=c,a[h]=t[3],a[h+1]=t[2],a[h+2]=t[1],a[h+3]=t[0]}s.writeFloatLE=n?i:r,s.writeFloatBE=n?r:i;function o(c,a){return t[0]=c[a],t[1]=c[a+1],t[2]=c[a+2],t[3]=c[a+3],e[0]}function l(c,a){return t[3]=c[a],t[2]=c[a+1],t[1]=c[a+2],t[0]=c[a+3],e[0]}s.readFloatLE=n?o:l,s.readFloatBE=n?l:o})():(function(){function e(n,i,r,o){var l=i<0?1:0;if(l&&(i=-i),i===0)n(1/i>0?0:2147483648,r,o);else if(isNaN(i))n(2143289344,r,o);else if(i>34028234663852886e22)n((l<<31|2139095040)>>>0,r,o);else if(i<11754943508222875e-54)n((l<<31|Math.round(i/1401298464324817e-60))>>>0,r,o);else{var c=Math.floor(Math.log(i)/Math.LN2),a=Math.round(i*Math.pow(2,-c)*8388608)&8388607;n((l<<31|c+127<<23|a)>>>0,r,o)}}s.writeFloatLE=e.bind(null,wu),s.writeFloatBE=e.bind(null,Tu);function t(n,i,r){var o=n(i,r),l=(o>>31)*2+1,c=o>>>23&255,a=o&8388607;return c===255?a?NaN:l*(1/0):c===0?l*1401298464324817e-60*a:l*Math.pow(2,c-150)*(a+8388608)}s.readFloatLE=t.bind(null,Eu),s.readFloatBE=t.bind(null,Au)})(),typeof Float64Array<"u"?(function(){var e=new Float64Array([-0]),t=new Uint8Array(e.buffer),n=t[7]===128;function i(c,a,h){e[0]=c,a[h]=t[0],a[h+1]=t[1],a[h+2]=t[2],a[h+3]=t[3],a[h+4]=t[4],a[h+5]=t[5],a[h+6]=t[6],a[h+7]=t[7]}function r(c,a,h){e[0]=c,a[h]=t[7],a[h+1]=t[6],a[h+2]=t[5],a[h+3]=t[4],a[h+4]=t[3],a[h+5]=t[2],a[h+6]=t[1],a[h+7]=t[0]}s.writeDoubleLE=n?i:r,s.writeDoubleBE=n?r:i;function o(c,a){return t[0]=c[a],t[1]=c[a+1],t[2]=c[a+2],t[3]=c[a+3],t[4]=c[a+4],t[5]=c[a+5],t[6]=c[a+6],t[7]=c[a+7],e[0]}function l(c,a){return t[7]=c[a],t[6]=c[a+1],t[5]=c[a+2],t[4]=c[a+3],t[3]=c[a+4],t[2]=c[a+5],t[1]=c[a+6],t[0]=c[a+7],e[0]}s.readDoubleLE=n?o:l,s.readDoubleBE=n?l:o})():(function(){function e(n,i,r,o,l,c){var a=o<0?1:0;if(a&&(o=-o),o===0)n(0,l,c+i),n(1/o>0?0:2147483648,l,c+r);else if(isNaN(o))n(0,l,c+i),n(2146959360,l,c+r);else if(o>17976931348623157e292)n(0,l,c+i),n((a<<31|2146435072)>>>0,l,c+r);else{var h;if(o<22250738585072014e-324)h=o/5e-324,n(h>>>0,l,c+i),n((a<<31|h/4294967296)>>>0,l,c+r);else{var f=Math.floor(Math.log(o)/Math.LN2);f===1024&&(f=1023),h=o*Math.pow(2,-f),n(h*4503599627370496>>>0,l,c+i),n((a<<31|f+1023<<20|h*1048576&1048575)>>>0,l,c+r)}}}s.writeDoubleLE=e.bind(null,wu,0,4),s.writeDoubleBE=e.bind(null,Tu,4,0);function t(n,i,r,o,l){var c=n(o,l+i),a=n(o,l+r),h=(a>>31)*2+1,f=a>>>20&2047,u=4294967296*(a&1048575)+c;return f===2047?u?NaN:h*(1/0):f===0?h*5e-324*u:h*Math.pow(2,f-1075)*(u+4503599627370496)}s.readDoubleLE=t.bind(null,Eu,0,4),s.readDoubleBE=t.bind(null,Au,4,0)})(),s}function wu(s,e,t){e[t]=s&255,e[t+1]=s>>>8&255,e[t+2]=s>>>16&255,e[t+3]=s>>>24}function Tu(s,e,t){e[t]=s>>>24,e[t+1]=s>>>16&255,e[t+2]=s>>>8&255,e[t+3]=s&255}function Eu(s,e){return(s[e]|s[e+1]<<8|s[e+2]<<16|s[e+3]<<24)>>>0}function Au(s,e){return(s[e]<<24|s[e+1]<<16|s[e+2]<<8|s[e+3])>>>0}});var Lu=Ft(Pu=>{"use strict";var yo=Pu,xo=new TextDecoder("utf-8",{ignoreBOM:!0}),hr,Iu=64;try{hr=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0})}catch{hr=xo}yo.length=function(e){for(var t=0,n=0,i=0;i<e.length;++i)n=e.charCodeAt(i),n<128?t+=1:n<2048?t+=2:(n&64512)===55296&&(e.charCodeAt(i+1)&64512)===56320?(++i,t+=4):t+=3;return t};function ds(s,e,t,n){var i=t===0&&n===e.length?e:e.subarray(t,n);return s.decode(i)}yo.read=function(e,t,n){if(n-t<1)return"";if(n-t>=Iu)return ds(xo,e,t,n);for(var i="",r=t,o,l,c,a,h,f,u,d;r+7<n;r+=8){if(o=e[r],l=e[r+1],c=e[r+2],a=e[r+3],h=e[r+4],f=e[r+5],u=e[r+6],d=e[r+7],(o|l|c|a|h|f|u|d)&128)return i+ds(xo,e,r,n);i+=String.fromCharCode(o,l,c,a,h,f,u,d)}for(;r<n;++r){if(o=e[r],o&128)return i+ds(xo,e,r,n);i+=String.fromCharCode(o)}return i};yo.readStrict=function(e,t,n){if(n-t<1)return"";if(n-t>=Iu)return ds(hr,e,t,n);for(var i="",r=t,o,l,c,a,h,f,u,d;r+7<n;r+=8){if(o=e[r],l=e[r+1],c=e[r+2],a=e[r+3],h=e[r+4],f=e[r+5],u=e[r+6],d=e[r+7],(o|l|c|a|h|f|u|d)&128)return i+ds(hr,e,r,n);i+=String.fromCharCode(o,l,c,a,h,f,u,d)}for(;r<n;++r){if(o=e[r],o&128)return i+ds(hr,e,r,n);i+=String.fromCharCode(o)}return i};yo.write=function(e,t,n){for(var i=n,r,o,l=0;l<e.length;++l)r=e.charCodeAt(l),r<128?t[n++]=r:r<2048?(t[n++]=r>>6|192,t[n++]=r&63|128):(r&64512)===55296&&((o=e.charCodeAt(l+1))&64512)===56320?(r=65536+((r&1023)<<10)+(o&1023),++l,t[n++]=r>>18|240,t[n++]=r>>12&63|128,t[n++]=r>>6&63|128,t[n++]=r&63|128):(t[n++]=r>>12|224,t[n++]=r>>6&63|128,t[n++]=r&63|128);return n-i}});var Du=Ft((Fv,Nu)=>{"use strict";Nu.exports=hm;function hm(s,e,t){var n=t||8192,i=n>>>1,r=null,o=n;return function(c){if(c<1||c>i)return s(c);o+c>n&&(r=s(n),o=0);var a=e.call(r,o,o+=c);return o&7&&(o=(o|7)+1),a}}});var Ou=Ft((Bv,Uu)=>{"use strict";Uu.exports=Rt;var ur;function Rt(s,e){this.lo=s>>>0,this.hi=e>>>0}var Hi=Rt.zero=new Rt(0,0);Hi.toNumber=function(){return 0};Hi.zzEncode=Hi.zzDecode=function(){return this};Hi.length=function(){return 1};var um=Rt.zeroHash="\0\0\0\0\0\0\0\0";Rt.fromNumber=function(e){if(e===0)return Hi;var t=e<0;t&&(e=-e);var n=e>>>0,i=(e-n)/4294967296>>>0;return t&&(i=~i>>>0,n=~n>>>0,++n>4294967295&&(n=0,++i>4294967295&&(i=0))),new Rt(n,i)};Rt.from=function(e){if(typeof e=="number")return Rt.fromNumber(e);if(typeof e=="string"||e instanceof String)if(ur)e=ur.fromString(e);else return Rt.fromNumber(parseInt(e,10));return e.low||e.high?new Rt(e.low>>>0,e.high>>>0):Hi};Rt.prototype.toNumber=function(e){if(!e&&this.hi>>>31){var t=~this.lo+1>>>0,n=~this.hi>>>0;return t||(n=n+1>>>0),-(t+n*4294967296)}return this.lo+this.hi*4294967296};Rt.prototype.toLong=function(e){return ur?new ur(this.lo|0,this.hi|0,!!e):{low:this.lo|0,high:this.hi|0,unsigned:!!e}};var bi=String.prototype.charCodeAt;Rt.fromHash=function(e){return e===um?Hi:new Rt((bi.call(e,0)|bi.call(e,1)<<8|bi.call(e,2)<<16|bi.call(e,3)<<24)>>>0,(bi.call(e,4)|bi.call(e,5)<<8|bi.call(e,6)<<16|bi.call(e,7)<<24)>>>0)};Rt.prototype.toHash=function(){return String.fromCharCode(this.lo&255,this.lo>>>8&255,this.lo>>>16&255,this.lo>>>24,this.hi&255,this.hi>>>8&255,this.hi>>>16&255,this.hi>>>24)};Rt.prototype.zzEncode=function(){var e=this.hi>>31;return this.hi=((this.hi<<1|this.lo>>>31)^e)>>>0,this.lo=(this.lo<<1^e)>>>0,this};Rt.prototype.zzDecode=function(){var e=-(this.lo&1);return this.lo=((this.lo>>>1|this.hi<<31)^e)>>>0,this.hi=(this.hi>>>1^e)>>>0,this};Rt.prototype.length=function(){var e=this.lo,t=(this.lo>>>28|this.hi<<4)>>>0,n=this.hi>>>24;return n===0?t===0?e<16384?e<128?1:2:e<2097152?3:4:t<16384?t<128?5:6:t<2097152?7:8:n<128?9:10};Rt._configure=function(s){ur=s}});var Fu=Ft((fr,Il)=>{(function(s,e){function t(n){return n.default||n}typeof define=="function"&&define.amd?define([],function(){var n={};return e(n),t(n)}):typeof fr=="object"?(e(fr),typeof Il=="object"&&(Il.exports=t(fr))):(function(){var n={};e(n),s.Long=t(n)})()})(typeof globalThis<"u"?globalThis:typeof self<"u"?self:fr,function(s){"use strict";Object.defineProperty(s,"__esModule",{value:!0}),s.default=void 0;var e=null;try{e=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch{}function t(I,_,L){this.low=I|0,this.high=_|0,this.unsigned=!!L}t.prototype.__isLong__,Object.defineProperty(t.prototype,"__isLong__",{value:!0});function n(I){return(I&&I.__isLong__)===!0}function i(I){var _=Math.clz32(I&-I);return I?31-_:_}t.isLong=n;var r={},o={};function l(I,_){var L,G,F;return _?(I>>>=0,(F=0<=I&&I<256)&&(G=o[I],G)?G:(L=a(I,0,!0),F&&(o[I]=L),L)):(I|=0,(F=-128<=I&&I<128)&&(G=r[I],G)?G:(L=a(I,I<0?-1:0,!1),F&&(r[I]=L),L))}t.fromInt=l;function c(I,_){if(isNaN(I))return _?M:A;if(_){if(I<0)return M;if(I>=p)return k}else{if(I<=-g)return D;if(I+1>=g)return w}return I<0?c(-I,_).neg():a(I%S|0,I/S|0,_)}t.fromNumber=c;function a(I,_,L){return new t(I,_,L)}t.fromBits=a;var h=Math.pow;function f(I,_,L){if(I.length===0)throw Error("empty string");if(typeof _=="number"?(L=_,_=!1):_=!!_,I==="NaN"||I==="Infinity"||I==="+Infinity"||I==="-Infinity")return _?M:A;if(L=L||10,L<2||36<L)throw RangeError("radix");var G;if((G=I.indexOf("-"))>0)throw Error("interior hyphen");if(G===0)return f(I.substring(1),_,L).neg();for(var F=c(h(L,8)),ee=A,H=0;H<I.length;H+=8){var Z=Math.min(8,I.length-H),ne=parseInt(I.substring(H,H+Z),L);if(Z<8){var me=c(h(L,Z));ee=ee.mul(me).add(c(ne))}else ee=ee.mul(F),ee=ee.add(c(ne))}return ee.unsigned=_,ee}t.fromString=f;function u(I,_){return typeof I=="number"?c(I,_):typeof I=="string"?f(I,_):a(I.low,I.high,typeof _=="boolean"?_:I.unsigned)}t.fromValue=u;var d=65536,m=1<<24,S=d*d,p=S*S,g=p/2,b=l(m),A=l(0);t.ZERO=A;var M=l(0,!0);t.UZERO=M;var C=l(1);t.ONE=C;var R=l(1,!0);t.UONE=R;var x=l(-1);t.NEG_ONE=x;var w=a(-1,2147483647,!1);t.MAX_VALUE=w;var k=a(-1,-1,!0);t.MAX_UNSIGNED_VALUE=k;var D=a(0,-2147483648,!1);t.MIN_VALUE=D;var E=t.prototype;E.toInt=function(){return this.unsigned?this.low>>>0:this.low},E.toNumber=function(){return this.unsigned?(this.high>>>0)*S+(this.low>>>0):this.high*S+(this.low>>>0)},E.toString=function(_){if(_=_||10,_<2||36<_)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative())if(this.eq(D)){var L=c(_),G=this.div(L),F=G.mul(L).sub(this);return G.toString(_)+F.toInt().toString(_)}else return"-"+this.neg().toString(_);for(var ee=c(h(_,6),this.unsigned),H=this,Z="";;){var ne=H.div(ee),me=H.sub(ne.mul(ee)).toInt()>>>0,Me=me.toString(_);if(H=ne,H.isZero())return Me+Z;for(;Me.length<6;)Me="0"+Me;Z=""+Me+Z}},E.getHighBits=function(){return this.high},E.getHighBitsUnsigned=function(){return this.high>>>0},E.getLowBits=function(){return this.low},E.getLowBitsUnsigned=function(){return this.low>>>0},E.getNumBitsAbs=function(){if(this.isNegative())return this.eq(D)?64:this.neg().getNumBitsAbs();for(var _=this.high!=0?this.high:this.low,L=31;L>0&&(_&1<<L)==0;L--);return this.high!=0?L+33:L+1},E.isSafeInteger=function(){var _=this.high>>21;return _?this.unsigned?!1:_===-1&&!(this.low===0&&this.high===-2097152):!0},E.isZero=function(){return this.high===0&&this.low===0},E.eqz=E.isZero,E.isNegative=function(){return!this.unsigned&&this.high<0},E.isPositive=function(){return this.unsigned||this.high>=0},E.isOdd=function(){return(this.low&1)===1},E.isEven=function(){return(this.low&1)===0},E.equals=function(_){return n(_)||(_=u(_)),this.unsigned!==_.unsigned&&this.high>>>31===1&&_.high>>>31===1?!1:this.high===_.high&&this.low===_.low},E.eq=E.equals,E.notEquals=function(_){return!this.eq(_)},E.neq=E.notEquals,E.ne=E.notEquals,E.lessThan=function(_){return this.comp(_)<0},E.lt=E.lessThan,E.lessThanOrEqual=function(_){return this.comp(_)<=0},E.lte=E.lessThanOrEqual,E.le=E.lessThanOrEqual,E.greaterThan=function(_){return this.comp(_)>0},E.gt=E.greaterThan,E.greaterThanOrEqual=function(_){return this.comp(_)>=0},E.gte=E.greaterThanOrEqual,E.ge=E.greaterThanOrEqual,E.compare=function(_){if(n(_)||(_=u(_)),this.eq(_))return 0;var L=this.isNegative(),G=_.isNegative();return L&&!G?-1:!L&&G?1:this.unsigned?_.high>>>0>this.high>>>0||_.high===this.high&&_.low>>>0>this.low>>>0?-1:1:this.sub(_).isNegative()?-1:1},E.comp=E.compare,E.negate=function(){return!this.unsigned&&this.eq(D)?D:this.not().add(C)},E.neg=E.negate,E.add=function(_){n(_)||(_=u(_));var L=this.high>>>16,G=this.high&65535,F=this.low>>>16,ee=this.low&65535,H=_.high>>>16,Z=_.high&65535,ne=_.low>>>16,me=_.low&65535,Me=0,q=0,se=0,ge=0;return ge+=ee+me,se+=ge>>>16,ge&=65535,se+=F+ne,q+=se>>>16,se&=65535,q+=G+Z,Me+=q>>>16,q&=65535,Me+=L+H,Me&=65535,a(se<<16|ge,Me<<16|q,this.unsigned)},E.subtract=function(_){return n(_)||(_=u(_)),this.add(_.neg())},E.sub=E.subtract,E.multiply=function(_){if(this.isZero())return this;if(n(_)||(_=u(_)),e){var L=e.mul(this.low,this.high,_.low,_.high);return a(L,e.get_high(),this.unsigned)}if(_.isZero())return this.unsigned?M:A;if(this.eq(D))return _.isOdd()?D:A;if(_.eq(D))return this.isOdd()?D:A;if(this.isNegative())return _.isNegative()?this.neg().mul(_.neg()):this.neg().mul(_).neg();if(_.isNegative())return this.mul(_.neg()).neg();if(this.lt(b)&&_.lt(b))return c(this.toNumber()*_.toNumber(),this.unsigned);var G=this.high>>>16,F=this.high&65535,ee=this.low>>>16,H=this.low&65535,Z=_.high>>>16,ne=_.high&65535,me=_.low>>>16,Me=_.low&65535,q=0,se=0,ge=0,Le=0;return Le+=H*Me,ge+=Le>>>16,Le&=65535,ge+=ee*Me,se+=ge>>>16,ge&=65535,ge+=H*me,se+=ge>>>16,ge&=65535,se+=F*Me,q+=se>>>16,se&=65535,se+=ee*me,q+=se>>>16,se&=65535,se+=H*ne,q+=se>>>16,se&=65535,q+=G*Me+F*me+ee*ne+H*Z,q&=65535,a(ge<<16|Le,q<<16|se,this.unsigned)},E.mul=E.multiply,E.divide=function(_){if(n(_)||(_=u(_)),_.isZero())throw Error("division by zero");if(e){if(!this.unsigned&&this.high===-2147483648&&_.low===-1&&_.high===-1)return this;var L=(this.unsigned?e.div_u:e.div_s)(this.low,this.high,_.low,_.high);return a(L,e.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?M:A;var G,F,ee;if(this.unsigned){if(_.unsigned||(_=_.toUnsigned()),_.gt(this))return M;if(_.gt(this.shru(1)))return R;ee=M}else{if(this.eq(D)){if(_.eq(C)||_.eq(x))return D;if(_.eq(D))return C;var H=this.shr(1);return G=H.div(_).shl(1),G.eq(A)?_.isNegative()?C:x:(F=this.sub(_.mul(G)),ee=G.add(F.div(_)),ee)}else if(_.eq(D))return this.unsigned?M:A;if(this.isNegative())return _.isNegative()?this.neg().div(_.neg()):this.neg().div(_).neg();if(_.isNegative())return this.div(_.neg()).neg();ee=A}for(F=this;F.gte(_);){G=Math.max(1,Math.floor(F.toNumber()/_.toNumber()));for(var Z=Math.ceil(Math.log(G)/Math.LN2),ne=Z<=48?1:h(2,Z-48),me=c(G),Me=me.mul(_);Me.isNegative()||Me.gt(F);)G-=ne,me=c(G,this.unsigned),Me=me.mul(_);me.isZero()&&(me=C),ee=ee.add(me),F=F.sub(Me)}return ee},E.div=E.divide,E.modulo=function(_){if(n(_)||(_=u(_)),e){var L=(this.unsigned?e.rem_u:e.rem_s)(this.low,this.high,_.low,_.high);return a(L,e.get_high(),this.unsigned)}return this.sub(this.div(_).mul(_))},E.mod=E.modulo,E.rem=E.modulo,E.not=function(){return a(~this.low,~this.high,this.unsigned)},E.countLeadingZeros=function(){return this.high?Math.clz32(this.high):Math.clz32(this.low)+32},E.clz=E.countLeadingZeros,E.countTrailingZeros=function(){return this.low?i(this.low):i(this.high)+32},E.ctz=E.countTrailingZeros,E.and=function(_){return n(_)||(_=u(_)),a(this.low&_.low,this.high&_.high,this.unsigned)},E.or=function(_){return n(_)||(_=u(_)),a(this.low|_.low,this.high|_.high,this.unsigned)},E.xor=function(_){return n(_)||(_=u(_)),a(this.low^_.low,this.high^_.high,this.unsigned)},E.shiftLeft=function(_){return n(_)&&(_=_.toInt()),(_&=63)===0?this:_<32?a(this.low<<_,this.high<<_|this.low>>>32-_,this.unsigned):a(0,this.low<<_-32,this.unsigned)},E.shl=E.shiftLeft,E.shiftRight=function(_){return n(_)&&(_=_.toInt()),(_&=63)===0?this:_<32?a(this.low>>>_|this.high<<32-_,this.high>>_,this.unsigned):a(this.high>>_-32,this.high>=0?0:-1,this.unsigned)},E.shr=E.shiftRight,E.shiftRightUnsigned=function(_){return n(_)&&(_=_.toInt()),(_&=63)===0?this:_<32?a(this.low>>>_|this.high<<32-_,this.high>>>_,this.unsigned):_===32?a(this.high,0,this.unsigned):a(this.high>>>_-32,0,this.unsigned)},E.shru=E.shiftRightUnsigned,E.shr_u=E.shiftRightUnsigned,E.rotateLeft=function(_){var L;return n(_)&&(_=_.toInt()),(_&=63)===0?this:_===32?a(this.high,this.low,this.unsigned):_<32?(L=32-_,a(this.low<<_|this.high>>>L,this.high<<_|this.low>>>L,this.unsigned)):(_-=32,L=32-_,a(this.high<<_|this.low>>>L,this.low<<_|this.high>>>L,this.unsigned))},E.rotl=E.rotateLeft,E.rotateRight=function(_){var L;return n(_)&&(_=_.toInt()),(_&=63)===0?this:_===32?a(this.high,this.low,this.unsigned):_<32?(L=32-_,a(this.high<<L|this.low>>>_,this.low<<L|this.high>>>_,this.unsigned)):(_-=32,L=32-_,a(this.low<<L|this.high>>>_,this.high<<L|this.low>>>_,this.unsigned))},E.rotr=E.rotateRight,E.toSigned=function(){return this.unsigned?a(this.low,this.high,!1):this},E.toUnsigned=function(){return this.unsigned?this:a(this.low,this.high,!0)},E.toBytes=function(_){return _?this.toBytesLE():this.toBytesBE()},E.toBytesLE=function(){var _=this.high,L=this.low;return[L&255,L>>>8&255,L>>>16&255,L>>>24,_&255,_>>>8&255,_>>>16&255,_>>>24]},E.toBytesBE=function(){var _=this.high,L=this.low;return[_>>>24,_>>>16&255,_>>>8&255,_&255,L>>>24,L>>>16&255,L>>>8&255,L&255]},t.fromBytes=function(_,L,G){return G?t.fromBytesLE(_,L):t.fromBytesBE(_,L)},t.fromBytesLE=function(_,L){return new t(_[0]|_[1]<<8|_[2]<<16|_[3]<<24,_[4]|_[5]<<8|_[6]<<16|_[7]<<24,L)},t.fromBytesBE=function(_,L){return new t(_[4]<<24|_[5]<<16|_[6]<<8|_[7],_[0]<<24|_[1]<<16|_[2]<<8|_[3],L)},typeof BigInt=="function"&&(t.fromBigInt=function(_,L){var G=Number(BigInt.asIntN(32,_)),F=Number(BigInt.asIntN(32,_>>BigInt(32)));return a(G,F,L)},t.fromValue=function(_,L){return typeof _=="bigint"?t.fromBigInt(_,L):u(_,L)},E.toBigInt=function(){var _=BigInt(this.low>>>0),L=BigInt(this.unsigned?this.high>>>0:this.high);return L<<BigInt(32)|_});var X=s.default=t})});var Wi=Ft(Pl=>{"use strict";var Ne=Pl;Ne.asPromise=_u();Ne.base64=vu();Ne.EventEmitter=Mu();Ne.float=Cu();Ne.utf8=Lu();Ne.pool=Du();Ne.LongBits=Ou();function Bu(s){return s==="__proto__"||s==="prototype"||s==="constructor"}Ne.isUnsafeProperty=Bu;Ne.isNode=!!(typeof global<"u"&&global&&global.process&&global.process.versions&&global.process.versions.node);Ne.global=Ne.isNode&&global||typeof window<"u"&&window||typeof self<"u"&&self||typeof globalThis<"u"&&globalThis||Pl;Ne.emptyArray=Object.freeze?Object.freeze([]):[];Ne.emptyObject=Object.freeze?Object.freeze({}):{};Ne.isInteger=Number.isInteger||function(e){return typeof e=="number"&&isFinite(e)&&Math.floor(e)===e};Ne.isString=function(e){return typeof e=="string"||e instanceof String};Ne.isObject=function(e){return e&&typeof e=="object"};Ne.isset=Ne.isSet=function(e,t){var n=e[t];return n!=null&&Object.hasOwnProperty.call(e,t)?typeof n!="object"||(Array.isArray(n)?n.length:Object.keys(n).length)>0:!1};Ne.Buffer=(function(){try{var s=Ne.global.Buffer;return s.prototype.utf8Write||Ne.isNode?s:null}catch{return null}})();Ne.newBuffer=function(e){var t=Ne.Buffer;return typeof e=="number"?t?t.allocUnsafe(e):new Uint8Array(e):t?t.from(e):new Uint8Array(e)};Ne.rawField=function(e,t,n){var i=[],r=e<<3|t;for(r>>>=0;r>127;)i.push(r&127|128),r>>>=7;i.push(r);for(var o=0;o<n.length;++o)i.push(n[o]);return Ne.newBuffer(i)};Ne.Array=Uint8Array;Ne.Long=Ne.global.dcodeIO&&Ne.global.dcodeIO.Long||Ne.global.Long||(function(){try{var s=Fu();return s&&s.isLong?s:null}catch{return null}})();Ne.key2Re=/^(?:true|false|0|1)$/;Ne.key32Re=/^-?(?:0|[1-9][0-9]*)$/;Ne.key64Re=/^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;Ne.longToHash=function(e){return e?Ne.LongBits.from(e).toHash():Ne.LongBits.zeroHash};Ne.longFromHash=function(e,t){var n=Ne.LongBits.fromHash(e);return Ne.Long?Ne.Long.fromBits(n.lo,n.hi,t):n.toNumber(!!t)};Ne.longFromKey=function(e,t){return Ne.key64Re.test(e)&&!Ne.key32Re.test(e)?Ne.longFromHash(e,t):e};Ne.boolFromKey=function(e){return e==="true"||e==="1"};function ku(s){var e=typeof arguments[arguments.length-1]=="boolean",t=e?arguments.length-1:arguments.length;e=e&&arguments[arguments.length-1];for(var n=1;n<t;++n){var i=arguments[n];if(i)for(var r=Object.keys(i),o=0;o<r.length;++o)!Bu(r[o])&&(!e||!Object.prototype.hasOwnProperty.call(s,r[o])||s[r[o]]===void 0)&&(s[r[o]]=i[r[o]])}return s}Ne.merge=ku;Ne.nestingLimit=32;Ne.recursionLimit=100;Ne.makeProp=function(e,t,n){Object.prototype.hasOwnProperty.call(e,t)||Object.defineProperty(e,t,{enumerable:n===void 0?!0:n,configurable:!0,writable:!0})};Ne.lcFirst=function(e){return e.charAt(0).toLowerCase()+e.substring(1)};function zu(s){function e(t,n){if(!(this instanceof e))return new e(t,n);Object.defineProperty(this,"message",{get:function(){return t}}),Error.captureStackTrace?Error.captureStackTrace(this,e):Object.defineProperty(this,"stack",{value:new Error().stack||""}),n&&ku(this,n)}return e.prototype=Object.create(Error.prototype,{constructor:{value:e,writable:!0,enumerable:!1,configurable:!0},name:{get:function(){return s},set:void 0,enumerable:!1,configurable:!0},toString:{value:function(){return this.name+": "+this.message},writable:!0,enumerable:!1,configurable:!0}}),e}Ne.newError=zu;Ne.ProtocolError=zu("ProtocolError");Ne.oneOfGetter=function(e){for(var t={},n=0;n<e.length;++n)t[e[n]]=1;return function(){for(var i=Object.keys(this),r=i.length-1;r>-1;--r)if(t[i[r]]===1&&this[i[r]]!==void 0&&this[i[r]]!==null)return i[r]}};Ne.oneOfSetter=function(e){return function(t){for(var n=0;n<e.length;++n)e[n]!==t&&delete this[e[n]]}};Ne.toJSONOptions={longs:String,enums:String,bytes:String,json:!0}});var Ul=Ft((zv,Xu)=>{"use strict";Xu.exports=De;var zn=Wi(),Nl,ti=zn.LongBits,Vu=zn.base64,Ll=zn.utf8;function De(){this.pos=0,this.buf=this.constructor.alloc(De.initialBufferSize),this.view=null,this.states=null}De.initialBufferSize=128;Object.defineProperty(De.prototype,"len",{configurable:!0,enumerable:!0,get:function(){return this.pos}});var Gu=function(){return zn.Buffer?function(){return(De.create=function(){return new Nl})()}:function(){return new De}};De.create=Gu();De.alloc=function(e){return new Uint8Array(e)};De.alloc=zn.pool(De.alloc,Uint8Array.prototype.subarray);function Dl(s){return s<128?1:s<16384?2:s<2097152?3:s<268435456?4:5}De.prototype._reserve=function(e){var t=this.pos+e;if(t>this.buf.length){var n=this.buf.length<<1;n<t&&(n=t);var i=this.constructor.alloc(n);i.set(this.buf.subarray(0,this.pos),0),this.buf=i,this.view=null}};function fm(s,e,t){for(var n=0;n<s.length;)e[t++]=s.charCodeAt(n++)}function Xi(s,e,t){for(;s>127;)e[t++]=s&127|128,s>>>=7;return e[t]=s,t+1}De.prototype.uint32=function(e){e=e>>>0,this._reserve(5);var t=this.pos;return this.pos=Xi(e,this.buf,t),this};De.prototype.int32=function(e){return(e|=0)<0?(this._reserve(10),ms(ti.fromNumber(e),this.buf,this.pos),this.pos+=10,this):this.uint32(e)};De.prototype.sint32=function(e){return this.uint32((e<<1^e>>31)>>>0)};function ms(s,e,t){for(var n=s.lo,i=s.hi;i;)e[t++]=n&127|128,n=(n>>>7|i<<25)>>>0,i>>>=7;for(;n>127;)e[t++]=n&127|128,n=n>>>7;return e[t]=n,t+1}De.prototype.uint64=function(e){var t=ti.from(e);this._reserve(10);var n=this.pos;return this.pos=ms(t,this.buf,n),this};De.prototype.int64=De.prototype.uint64;De.prototype.sint64=function(e){var t=ti.from(e).zzEncode();this._reserve(10);var n=this.pos;return this.pos=ms(t,this.buf,n),this};De.prototype.bool=function(e){return this._reserve(1),this.buf[this.pos++]=e?1:0,this};function ps(s,e,t){e[t]=s&255,e[t+1]=s>>>8&255,e[t+2]=s>>>16&255,e[t+3]=s>>>24}De.prototype.fixed32=function(e){return this._reserve(4),ps(e>>>0,this.buf,this.pos),this.pos+=4,this};De.prototype.sfixed32=De.prototype.fixed32;De.prototype.fixed64=function(e){var t=ti.from(e);return this._reserve(8),ps(t.lo,this.buf,this.pos),ps(t.hi,this.buf,this.pos+4),this.pos+=8,this};De.prototype.sfixed64=De.prototype.fixed64;De.prototype.float=function(e){return this._reserve(4),zn.float.writeFloatLE(e,this.buf,this.pos),this.pos+=4,this};De.prototype.double=function(e){return this._reserve(8),zn.float.writeDoubleLE(e,this.buf,this.pos),this.pos+=8,this};De.prototype.bytes=function(e){var t=e.length>>>0;if(!t)return this._reserve(1),this.buf[this.pos++]=0,this;if(zn.isString(e)){var n=De.alloc(t=Vu.length(e));Vu.decode(e,n,0),e=n}return this.uint32(t),this._reserve(t),this.buf.set(e,this.pos),this.pos+=t,this};De.prototype.raw=function(e){var t=e.length>>>0;return t?(this._reserve(t),this.buf.set(e,this.pos),this.pos+=t,this):this};De.prototype._delim=function(e,t){var n=Dl(t);return n>1&&this.buf.copyWithin(e+n,e+1,e+1+t),Xi(t,this.buf,e),this.pos=e+n+t,this};De.prototype.string=function(e){var t=e.length;if(!t)return this._reserve(1),this.buf[this.pos++]=0,this;if(t<128){this._reserve(t*3+5);var n=this.pos;return this._delim(n,Ll.write(e,this.buf,n+1))}var i=Ll.length(e);return this.uint32(i),this._reserve(i),i===e.length?fm(e,this.buf,this.pos):Ll.write(e,this.buf,this.pos),this.pos+=i,this};De.prototype.uint32s=function(e){var t=e.length;this._reserve(t*5+5);for(var n=this.buf,i=this.pos,r=i+1,o=0;o<t;++o)r=Xi(e[o]>>>0,n,r);return this._delim(i,r-i-1)};De.prototype.int32s=function(e){var t=e.length;this._reserve(t*10+5);for(var n=this.buf,i=this.pos,r=i+1,o,l=0;l<t;++l)(o=e[l]|0)<0?r=ms(ti.fromNumber(o),n,r):r=Xi(o,n,r);return this._delim(i,r-i-1)};De.prototype.sint32s=function(e){var t=e.length;this._reserve(t*5+5);for(var n=this.buf,i=this.pos,r=i+1,o=0;o<t;++o)r=Xi((e[o]<<1^e[o]>>31)>>>0,n,r);return this._delim(i,r-i-1)};De.prototype.uint64s=function(e){var t=e.length;this._reserve(t*10+5);for(var n=this.buf,i=this.pos,r=i+1,o=0;o<t;++o)r=ms(ti.from(e[o]),n,r);return this._delim(i,r-i-1)};De.prototype.int64s=De.prototype.uint64s;De.prototype.sint64s=function(e){var t=e.length;this._reserve(t*10+5);for(var n=this.buf,i=this.pos,r=i+1,o=0;o<t;++o)r=ms(ti.from(e[o]).zzEncode(),n,r);return this._delim(i,r-i-1)};De.prototype.bools=function(e){var t=e.length;this.uint32(t),this._reserve(t);for(var n=this.buf,i=this.pos,r=0;r<t;++r)n[i++]=e[r]?1:0;return this.pos+=t,this};var Hu=16,Wu=128;function vo(s,e,t){var n=s.view;if(n||e<t)return n;var i=s.buf;return s.view=new DataView(i.buffer,i.byteOffset,i.byteLength)}De.prototype.fixed32s=function(e){var t=e.length,n=t*4;this.uint32(n),this._reserve(n);var i=this.pos,r,o=vo(this,t,Wu);if(o)for(r=0;r<t;++r)o.setUint32(i,e[r]>>>0,!0),i+=4;else{var l=this.buf;for(r=0;r<t;++r)ps(e[r]>>>0,l,i),i+=4}return this.pos+=n,this};De.prototype.sfixed32s=De.prototype.fixed32s;De.prototype.fixed64s=function(e){var t=e.length,n=t*8;this.uint32(n),this._reserve(n);var i=this.pos,r,o,l=vo(this,t,Wu);if(l)for(r=0;r<t;++r)o=ti.from(e[r]),l.setUint32(i,o.lo,!0),l.setUint32(i+4,o.hi,!0),i+=8;else{var c=this.buf;for(r=0;r<t;++r)o=ti.from(e[r]),ps(o.lo,c,i),ps(o.hi,c,i+4),i+=8}return this.pos+=n,this};De.prototype.sfixed64s=De.prototype.fixed64s;De.prototype.floats=function(e){var t=e.length,n=t*4;this.uint32(n),this._reserve(n);var i=this.pos,r,o=vo(this,t,Hu);if(o)for(r=0;r<t;++r)o.setFloat32(i,e[r],!0),i+=4;else{var l=this.buf;for(r=0;r<t;++r)zn.float.writeFloatLE(e[r],l,i),i+=4}return this.pos+=n,this};De.prototype.doubles=function(e){var t=e.length,n=t*8;this.uint32(n),this._reserve(n);var i=this.pos,r,o=vo(this,t,Hu);if(o)for(r=0;r<t;++r)o.setFloat64(i,e[r],!0),i+=8;else{var l=this.buf;for(r=0;r<t;++r)zn.float.writeDoubleLE(e[r],l,i),i+=8}return this.pos+=n,this};De.prototype.fork=function(){return this._reserve(1),(this.states||(this.states=[])).push(this.pos),this.pos+=1,this};De.prototype.reset=function(){var e=this.states;return e&&e.length?this.pos=e.pop():this.pos=0,this};De.prototype.ldelim=function(){var e=this.states,t,n;if(e&&e.length){var i=e.pop();t=this.pos-i-1,n=Dl(t),n>1?(this._reserve(n-1),this.buf.copyWithin(i+n,i+1,i+1+t),this.pos+=n-1,Xi(t,this.buf,i)):this.buf[i]=t}else t=this.pos,n=Dl(t),this._reserve(n),this.buf.copyWithin(n,0,t),Xi(t,this.buf,0),this.pos+=n;return this};De.prototype.finish=function(e){if(e)return this.buf.subarray(0,this.pos);var t=this.constructor.alloc(this.pos);return t.set(this.buf.subarray(0,this.pos),0),t};De.prototype.finishInto=function(e,t){return t===void 0&&(t=0),e.set(this.buf.subarray(0,this.pos),t),e};De._configure=function(s){Nl=s,De.create=Gu(),Nl._configure()}});var $u=Ft((Vv,Yu)=>{"use strict";Yu.exports=Ti;var qu=Ul();Ti.prototype=Object.create(qu.prototype,{constructor:{value:Ti,writable:!0,enumerable:!1,configurable:!0}});var wi=Wi();function Ti(){qu.call(this)}var Ol;Ti._configure=function(){Ti.alloc=wi.Buffer&&wi.Buffer.allocUnsafe,Ol=wi.Buffer&&wi.Buffer.prototype.utf8Write?function(e,t,n){return t.utf8Write(e,n)}:function(e,t,n){return t.write(e,n)}};Ti.prototype.bytes=function(e){wi.isString(e)&&(e=wi.Buffer.from(e,"base64"));var t=e.length>>>0;return this.uint32(t),t&&(this._reserve(t),this.buf.set(e,this.pos),this.pos+=t),this};Ti.prototype.string=function(e){var t=e.length;if(!t)return this._reserve(1),this.buf[this.pos++]=0,this;if(t<128){this._reserve(t*3+5);var n=this.pos,i=this.buf;return this._delim(n,t<40?wi.utf8.write(e,i,n+1):Ol(e,i,n+1))}var r=wi.Buffer.byteLength(e);return this.uint32(r),this._reserve(r),Ol(e,this.buf,this.pos),this.pos+=r,this};Ti._configure()});var zl=Ft((Gv,nf)=>{"use strict";nf.exports=$e;var Pn=Wi(),Bl,Ju=Pn.LongBits,ju=Pn.utf8;function Ze(s,e){return RangeError("index out of range: "+s.pos+" + "+(e||1)+" > "+s.len)}function $e(s){this.buf=s,this.pos=0,this.len=s.length,this.view=null,this.discardUnknown=$e.discardUnknown}function Ku(s){if(Array.isArray(s)&&(s=new Uint8Array(s)),s instanceof Uint8Array)return new $e(s);throw Error("illegal buffer")}var Qu=function(){return Pn.Buffer?function(t){return($e.create=function(i){return Pn.Buffer.isBuffer(i)?new Bl(i):Ku(i)})(t)}:Ku};$e.create=Qu();$e.prototype.raw=function(e,t){return this.buf.subarray(e,t)};function kl(s){for(var e=0,t=0;t<4;++t){if(s.pos>=s.len)throw Ze(s);var n=s.buf[s.pos++];if(e=(e|(n&127)<<t*7)>>>0,n<128)return e}throw Ze(s)}$e.prototype.uint32=function(){if(this.len-this.pos<5){if(this.pos>=this.len)throw Ze(this);if(this.buf[this.pos]>=128)return kl(this)}var e=this.buf,t=this.pos,n=(e[t]&127)>>>0;if(e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<7)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<14)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<21)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&15)<<28)>>>0,e[t++]<128)return this.pos=t,n;for(var i=0;i<5;++i){if(t>=this.len)throw this.pos=t,Ze(this);if(e[t++]<128)return this.pos=t,n}throw this.pos=t,Error("invalid varint encoding")};$e.prototype.tag=function(){if(this.len-this.pos<5){if(this.pos>=this.len)throw Ze(this);if(this.buf[this.pos]>=128)return kl(this)}var e=this.buf,t=this.pos,n=(e[t]&127)>>>0;if(e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<7)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<14)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<21)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&15)<<28)>>>0,e[t]<128&&(e[t]&112)===0)return this.pos=t+1,n;throw this.pos=t+1,Error("invalid tag encoding")};$e.prototype.size=function(){if(this.len-this.pos<5){if(this.pos>=this.len)throw Ze(this);if(this.buf[this.pos]>=128)return kl(this)}var e=this.buf,t=this.pos,n=(e[t]&127)>>>0;if(e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<7)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<14)>>>0,e[t++]<128)return this.pos=t,n;if(n=(n|(e[t]&127)<<21)>>>0,e[t++]<128)return this.pos=t,n;if(this.pos=t+1,e[t]>7)throw Error("invalid length encoding");return(n|e[t]<<28)>>>0};$e.prototype.int32=function(){return this.uint32()|0};$e.prototype.sint32=function(){var e=this.uint32();return e>>>1^-(e&1)|0};function Fl(){var s=new Ju(0,0),e=0;if(this.len-this.pos>4){for(;e<4;++e)if(s.lo=(s.lo|(this.buf[this.pos]&127)<<e*7)>>>0,this.buf[this.pos++]<128)return s;if(s.lo=(s.lo|(this.buf[this.pos]&127)<<28)>>>0,s.hi=(s.hi|(this.buf[this.pos]&127)>>4)>>>0,this.buf[this.pos++]<128)return s;e=0}else{for(;e<4;++e){if(this.pos>=this.len)throw Ze(this);if(s.lo=(s.lo|(this.buf[this.pos]&127)<<e*7)>>>0,this.buf[this.pos++]<128)return s}throw Ze(this)}if(this.len-this.pos>4){for(;e<5;++e)if(s.hi=(s.hi|(this.buf[this.pos]&127)<<e*7+3)>>>0,this.buf[this.pos++]<128)return s}else for(;e<5;++e){if(this.pos>=this.len)throw Ze(this);if(s.hi=(s.hi|(this.buf[this.pos]&127)<<e*7+3)>>>0,this.buf[this.pos++]<128)return s}throw Error("invalid varint encoding")}$e.prototype.bool=function(){for(var e=!1,t,n=0;n<10;++n){if(this.pos>=this.len)throw Ze(this);if(t=this.buf[this.pos++],t&127&&(e=!0),t<128)return e}throw Error("invalid varint encoding")};function gs(s,e){return(s[e-4]|s[e-3]<<8|s[e-2]<<16|s[e-1]<<24)>>>0}$e.prototype.fixed32=function(){if(this.pos+4>this.len)throw Ze(this,4);return gs(this.buf,this.pos+=4)};$e.prototype.sfixed32=function(){if(this.pos+4>this.len)throw Ze(this,4);return gs(this.buf,this.pos+=4)|0};function Zu(){if(this.pos+8>this.len)throw Ze(this,8);return new Ju(gs(this.buf,this.pos+=4),gs(this.buf,this.pos+=4))}$e.prototype.float=function(){if(this.pos+4>this.len)throw Ze(this,4);var e=Pn.float.readFloatLE(this.buf,this.pos);return this.pos+=4,e};$e.prototype.double=function(){if(this.pos+8>this.len)throw Ze(this,4);var e=Pn.float.readDoubleLE(this.buf,this.pos);return this.pos+=8,e};$e.prototype.uint32s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len,i=this.buf,r=this.pos,o;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;r<t;)o=i[r++],o<128?e.push(o):(this.pos=r-1,e.push(this.uint32()),r=this.pos);if(this.pos=r,r!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.int32s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len,i=this.buf,r=this.pos,o;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;r<t;)o=i[r++],o<128?e.push(o):(this.pos=r-1,e.push(this.int32()),r=this.pos);if(this.pos=r,r!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.sint32s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;this.pos<t;)e.push(this.sint32());if(this.pos!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.bools=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len,i=this.buf,r=this.pos,o;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;r<t;)o=i[r++],o<128?e.push(o!==0):(this.pos=r-1,e.push(this.bool()),r=this.pos);if(this.pos=r,r!==t)throw RangeError("index out of range");return this.len=n,e};var ef=8,tf=128;function So(s,e,t){var n=s.view;if(n||e<t)return n;var i=s.buf;return s.view=new DataView(i.buffer,i.byteOffset,i.byteLength)}$e.prototype.fixed32s=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t;if(n>this.len)throw Ze(this,t);var i=t>>>2,r=e.length,o=this.pos;e.length=r+i;var l=So(this,i,tf);if(l)for(var c=0;c<i;++c,o+=4)e[r++]=l.getUint32(o,!0);else for(var a=this.buf,h=0;h<i;++h,o+=4)e[r++]=gs(a,o+4);if(this.pos=o,o!==n)throw Ze(this,4);return e};$e.prototype.sfixed32s=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t;if(n>this.len)throw Ze(this,t);var i=t>>>2,r=e.length,o=this.pos;e.length=r+i;var l=So(this,i,tf);if(l)for(var c=0;c<i;++c,o+=4)e[r++]=l.getInt32(o,!0);else for(var a=this.buf,h=0;h<i;++h,o+=4)e[r++]=gs(a,o+4)|0;if(this.pos=o,o!==n)throw Ze(this,4);return e};$e.prototype.floats=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t;if(n>this.len)throw Ze(this,t);var i=t>>>2,r=e.length,o=this.pos;e.length=r+i;var l=So(this,i,ef);if(l)for(var c=0;c<i;++c,o+=4)e[r++]=l.getFloat32(o,!0);else for(var a=this.buf,h=0;h<i;++h,o+=4)e[r++]=Pn.float.readFloatLE(a,o);if(this.pos=o,o!==n)throw Ze(this,4);return e};$e.prototype.doubles=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t;if(n>this.len)throw Ze(this,t);var i=t>>>3,r=e.length,o=this.pos;e.length=r+i;var l=So(this,i,ef);if(l)for(var c=0;c<i;++c,o+=8)e[r++]=l.getFloat64(o,!0);else for(var a=this.buf,h=0;h<i;++h,o+=8)e[r++]=Pn.float.readDoubleLE(a,o);if(this.pos=o,o!==n)throw Ze(this,8);return e};$e.prototype.uint64s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;this.pos<t;)e.push(this.uint64());if(this.pos!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.int64s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;this.pos<t;)e.push(this.int64());if(this.pos!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.sint64s=function(e){e===void 0&&(e=[]);var t=this.size()+this.pos,n=this.len;if(t>n)throw Ze(this,t-this.pos);for(this.len=t;this.pos<t;)e.push(this.sint64());if(this.pos!==t)throw RangeError("index out of range");return this.len=n,e};$e.prototype.fixed64s=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t,i=e.length;if(n>this.len)throw Ze(this,t);var r=t>>>3;e.length=i+r;for(var o=0;o<r;++o)e[i++]=this.fixed64();if(this.pos!==n)throw Ze(this,8);return e};$e.prototype.sfixed64s=function(e){e===void 0&&(e=[]);var t=this.size(),n=this.pos+t,i=e.length;if(n>this.len)throw Ze(this,t);var r=t>>>3;e.length=i+r;for(var o=0;o<r;++o)e[i++]=this.sfixed64();if(this.pos!==n)throw Ze(this,8);return e};$e.prototype.bytes=function(){var e=this.size(),t=this.pos,n=this.pos+e;if(n>this.len)throw Ze(this,e);return this.pos=n,this.raw(t,n)};$e.prototype.string=function(){var e=this.size(),t=this.pos,n=this.pos+e;if(n>this.len)throw Ze(this,e);return this.pos=n,ju.read(this.buf,t,n)};$e.prototype.stringVerify=function(){var e=this.size(),t=this.pos,n=this.pos+e;if(n>this.len)throw Ze(this,e);return this.pos=n,ju.readStrict(this.buf,t,n)};$e.prototype.skip=function(e){if(typeof e=="number"){if(this.pos+e>this.len)throw Ze(this,e);this.pos+=e}else do if(this.pos>=this.len)throw Ze(this);while(this.buf[this.pos++]&128);return this};$e.recursionLimit=Pn.recursionLimit;$e.discardUnknown=!0;$e.prototype.skipType=function(s,e,t){if(e===void 0&&(e=0),e>$e.recursionLimit)throw Error("max depth exceeded");if(t===0)throw Error("illegal tag: field number 0");switch(s){case 0:this.skip();break;case 1:this.skip(8);break;case 2:this.skip(this.size());break;case 3:for(;;){var n=this.tag(),i=n>>>3;if(s=n&7,!i)throw Error("illegal tag: field number 0");if(s===4){if(t!==void 0&&i!==t)throw Error("invalid end group tag");break}this.skipType(s,e+1,i)}break;case 5:this.skip(4);break;default:throw Error("invalid wire type "+s+" at offset "+this.pos)}return this};$e._configure=function(s){Bl=s,$e.create=Qu(),Bl._configure();var e=Pn.Long?"toLong":"toNumber";Pn.merge($e.prototype,{int64:function(){return Fl.call(this)[e](!1)},uint64:function(){return Fl.call(this)[e](!0)},sint64:function(){return Fl.call(this).zzDecode()[e](!1)},fixed64:function(){return Zu.call(this)[e](!0)},sfixed64:function(){return Zu.call(this)[e](!1)}})}});var af=Ft((Hv,of)=>{"use strict";of.exports=Ei;var rf=zl();Ei.prototype=Object.create(rf.prototype,{constructor:{value:Ei,writable:!0,enumerable:!1,configurable:!0}});var sf=Wi();function Ei(s){rf.call(this,s)}Ei._configure=function(){sf.Buffer&&(Ei.prototype._slice=sf.Buffer.prototype.slice)};Ei.prototype.raw=function(e,t){return this._slice.call(this.buf,e,t)};Ei.prototype.string=function(){var e=this.size(),t=this.pos,n=this.pos+e;if(n>this.len)throw RangeError("index out of range: "+this.pos+" + "+e+" > "+this.len);return this.pos=n,this.buf.utf8Slice?this.buf.utf8Slice(t,n):this.buf.toString("utf-8",t,n)};Ei._configure()});var cf=Ft((Wv,lf)=>{"use strict";lf.exports=dr;var Vl=Wi();dr.prototype=Object.create(Vl.EventEmitter.prototype,{constructor:{value:dr,writable:!0,enumerable:!1,configurable:!0}});function dr(s,e,t){if(typeof s!="function")throw TypeError("rpcImpl must be a function");Vl.EventEmitter.call(this),this.rpcImpl=s,this.requestDelimited=!!e,this.responseDelimited=!!t}dr.prototype.rpcCall=function s(e,t,n,i,r){if(!i)throw TypeError("request must be specified");var o=this;if(!r)return Vl.asPromise(s,o,e,t,n,i);if(!o.rpcImpl){setTimeout(function(){r(Error("already ended"))},0);return}try{return o.rpcImpl(e,t[o.requestDelimited?"encodeDelimited":"encode"](i).finish(),function(c,a){if(c)return o.emit("error",c,e),r(c);if(a===null){o.end(!0);return}if(!(a instanceof n))try{a=n[o.responseDelimited?"decodeDelimited":"decode"](a)}catch(h){return o.emit("error",h,e),r(h)}return o.emit("data",a,e),r(null,a)})}catch(l){o.emit("error",l,e),setTimeout(function(){r(l)},0);return}};dr.prototype.end=function(e){return this.rpcImpl&&(e||this.rpcImpl(null,null,null),this.rpcImpl=null,this.emit("end").off()),this}});var uf=Ft(hf=>{"use strict";var dm=hf;dm.Service=cf()});var df=Ft((qv,ff)=>{"use strict";ff.exports=Object.create(null)});var mf=Ft(Yt=>{"use strict";Yt.build="minimal";Yt.Writer=Ul();Yt.BufferWriter=$u();Yt.Reader=zl();Yt.BufferReader=af();Yt.util=Wi();Yt.rpc=uf();Yt.roots=df();Yt.configure=pf;function pf(){Yt.util.LongBits._configure(Yt.util.Long),Yt.Writer._configure(Yt.BufferWriter),Yt.Reader._configure(Yt.BufferReader)}pf()});var _f=Ft(($v,gf)=>{"use strict";gf.exports=mf()});var po=class{constructor(e,t,{zeroCrossings:n=16}={}){this.inRate=e,this.outRate=t,this.step=e/t,this.cutoff=Math.min(1,t/e)*.92,this.half=Math.ceil(n/this.cutoff),this.table=nm(this.cutoff,this.half),this.buffer=new Float32Array(this.half),this.bufferStart=-this.half,this.next=0}kernel(e){let t=Math.abs(e)*El,n=Math.floor(t),i=t-n,r=this.table;return n+1<r.length?r[n]+(r[n+1]-r[n])*i:0}push(e){if(this.inRate===this.outRate)return Float32Array.from(e);let t=new Float32Array(this.buffer.length+e.length);t.set(this.buffer),t.set(e,this.buffer.length);let n=this.bufferStart+t.length,i=[];for(;this.next+this.half<n;){let o=this.next,l=Math.floor(o+this.half),c=0;for(let a=Math.ceil(o-this.half);a<=l;a++){let h=a-this.bufferStart;h>=0&&(c+=t[h]*this.kernel(a-o))}i.push(c),this.next+=this.step}let r=Math.max(0,Math.floor(this.next-this.half)-this.bufferStart);return this.buffer=t.slice(r),this.bufferStart+=r,Float32Array.from(i)}flush(){let e=this.bufferStart+this.buffer.length,t=Math.max(0,Math.ceil((e-this.next)/this.step));return this.push(new Float32Array(2*this.half+2)).slice(0,t)}},El=64;function nm(s,e){let t=new Float32Array(e*El+2);for(let n=0;n<t.length;n++){let i=n/El;if(i>=e)break;let r=.42+.5*Math.cos(Math.PI*i/e)+.08*Math.cos(2*Math.PI*i/e);t[n]=(i===0?s:Math.sin(Math.PI*s*i)/(Math.PI*i))*r}return t}function du(s){let e=new Int16Array(s.length);for(let t=0;t<s.length;t++){let n=Math.max(-1,Math.min(1,s[t]));e[t]=n<0?Math.round(n*32768):Math.round(n*32767)}return e}function Al(s){let e=new Float32Array(s.length);for(let t=0;t<s.length;t++)e[t]=s[t]/32768;return e}function pu(s){let e=s instanceof ArrayBuffer?new Uint8Array(s):s,t=new DataView(e.buffer,e.byteOffset,e.byteLength),n=r=>String.fromCharCode(...e.subarray(r,r+4));if(e.length<12||n(0)!=="RIFF"||n(8)!=="WAVE")throw new Error("not a WAV file");let i=null;for(let r=12;r+8<=e.length;){let o=n(r),l=t.getUint32(r+4,!0),c=r+8;if(o==="fmt ")i={encoding:t.getUint16(c,!0),channels:t.getUint16(c+2,!0),sampleRate:t.getUint32(c+4,!0),bits:t.getUint16(c+14,!0)};else if(o==="data"){if(!i||i.encoding!==1||i.channels!==1||i.bits!==16)throw new Error("only mono 16-bit PCM WAV is supported");let a=Math.min(l,e.length-c)>>1,h=new Int16Array(a);for(let f=0;f<a;f++)h[f]=t.getInt16(c+2*f,!0);return{sampleRate:i.sampleRate,samples:h}}r=c+l+(l&1)}throw new Error("WAV file without data")}var Gt=class extends Error{constructor(e,t,{closeCode:n=0,httpStatus:i=0,serverMessage:r="",retryable:o=!1}={}){super(t||e),this.name="SpatiusError",this.code=e,this.closeCode=n,this.httpStatus=i,this.serverMessage=r,this.retryable=o}},im=[["token is expired","sessionTokenExpired"],["session token expired","sessionTokenExpired"],["invalid session token","sessionTokenInvalid"],["empty token","sessionTokenInvalid"],["app id mismatch","appIDMismatch"],["app id unrecognized","appIDUnrecognized"],["avatar not found","avatarIDUnrecognized"],["credits exhausted","insufficientBalance"],["session denied","insufficientBalance"],["session time limit reached","sessionTimeout"],["maximum session duration","sessionTimeout"],["concurrency limit","concurrentLimitExceeded"],["unsupported sample rate","unsupportedSampleRate"],["no audio input for","idleTimeout"],["livekit silence timeout","idleTimeout"],["egress client is not configured on server","egressUnavailable"],["driven server request failed","upstreamError"],["driven server returned non-200 status code","upstreamError"],["rate limit exceeded","rateLimited"],["expected ClientConfigureSession message","protocolError"],["ClientConfigureSession message is nil","protocolError"],["unexpected message type","protocolError"],["failed to unmarshal initial message","protocolError"],["message too big","protocolError"],["client too slow","connectionClosed"]],sm={4001:"insufficientBalance",4002:"sessionTimeout",4003:"concurrentLimitExceeded",4010:"sessionTokenInvalid",4503:"upstreamError"},rm=new Set([4002,4003,4503]);function mu(s){let e=(s||"").toLowerCase();for(let[t,n]of im)if(e.includes(t.toLowerCase()))return n;return null}function Rl(s,e=""){if((s===1e3||s===1001)&&!mu(e))return null;let t=mu(e)??sm[s];t||(s===1006?t="websocketClosedAbnormally":s===1002||s===1003||s===1007||s===1009?t="protocolError":s===1011?t="serverError":t="connectionClosed");let n=rm.has(s)||s>=4500&&s<4600||s===1006;return new Gt(t,e||`connection closed (${s})`,{closeCode:s,serverMessage:e,retryable:n})}function Cl(s,e=""){let t=e;try{let o=JSON.parse(e)?.errors?.[0];o&&(t=[o.title,o.detail,o.message].filter(Boolean).join(": "))}catch{}let n;s===401?n="sessionTokenExpired":s===400?n=/app id mismatch/i.test(t)?"appIDMismatch":"sessionTokenInvalid":s===402?n="billingRequired":s===404?n=/avatar not found/i.test(t)?"avatarIDUnrecognized":"appIDUnrecognized":s===429?n=/concurrency/i.test(t)?"concurrentLimitExceeded":"rateLimited":s>=500?n="serverError":n="invalidRequest",s===401&&/invalid api key/i.test(t)&&(n="invalidApiKey");let i=s===429||s>=500;return new Gt(n,t||`HTTP ${s}`,{httpStatus:s,serverMessage:t,retryable:i})}var _s=tm(_f(),1),Ie=_s.default.Reader,Ct=_s.default.Writer,Se=_s.default.util,Q=Se.global.Object,Y=Se.global.undefined,Pe=Se.global.Error,He=Se.global.RangeError,Ee=_s.default.roots.default||(_s.default.roots.default={}),xf=Ee.driveningress=(()=>{let s={};return s.v2=(function(){let e={};return e.MessageType=(function(){let t=Q.create(null),n=Q.create(t);return n[t[0]="MESSAGE_UNSPECIFIED"]=0,n[t[1]="MESSAGE_CLIENT_CONFIGURE_SESSION"]=1,n[t[2]="MESSAGE_SERVER_CONFIRM_SESSION"]=2,n[t[3]="MESSAGE_CLIENT_AUDIO_INPUT"]=3,n[t[4]="MESSAGE_SERVER_ERROR"]=4,n[t[5]="MESSAGE_SERVER_RESPONSE_ANIMATION"]=5,n[t[6]="MESSAGE_CLIENT_DRIVEN_CONFIG"]=6,n[t[7]="MESSAGE_CLIENT_INTERRUPT"]=7,n[t[8]="MESSAGE_CLIENT_PAUSE"]=8,n[t[9]="MESSAGE_CLIENT_RESUME"]=9,n[t[10]="MESSAGE_SERVER_PLAYBACK_STATE"]=10,n})(),e.AudioFormat=(function(){let t=Q.create(null),n=Q.create(t);return n[t[0]="AUDIO_FORMAT_PCM_S16LE"]=0,n[t[1]="AUDIO_FORMAT_OGG_OPUS"]=1,n})(),e.TransportCompression=(function(){let t=Q.create(null),n=Q.create(t);return n[t[0]="TRANSPORT_COMPRESSION_NONE"]=0,n})(),e.EgressType=(function(){let t=Q.create(null),n=Q.create(t);return n[t[0]="EGRESS_TYPE_UNSPECIFIED"]=0,n[t[1]="EGRESS_TYPE_LIVEKIT"]=1,n[t[2]="EGRESS_TYPE_AGORA"]=2,n})(),e.LiveKitEgressConfig=(function(){let t=function(n){if(this.extraAttributes={},n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.url="",t.prototype.apiKey="",t.prototype.apiSecret="",t.prototype.roomName="",t.prototype.publisherId="",t.prototype.extraAttributes=Se.emptyObject,t.prototype.idleTimeout=0,t.prototype.apiToken="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.url!=null&&Q.hasOwnProperty.call(n,"url")&&n.url!==""&&i.uint32(10).string(n.url),n.apiKey!=null&&Q.hasOwnProperty.call(n,"apiKey")&&n.apiKey!==""&&i.uint32(18).string(n.apiKey),n.apiSecret!=null&&Q.hasOwnProperty.call(n,"apiSecret")&&n.apiSecret!==""&&i.uint32(26).string(n.apiSecret),n.roomName!=null&&Q.hasOwnProperty.call(n,"roomName")&&n.roomName!==""&&i.uint32(34).string(n.roomName),n.publisherId!=null&&Q.hasOwnProperty.call(n,"publisherId")&&n.publisherId!==""&&i.uint32(42).string(n.publisherId),n.extraAttributes!=null&&Q.hasOwnProperty.call(n,"extraAttributes"))for(var o=Q.keys(n.extraAttributes),l=0;l<o.length;++l)i.uint32(50).fork().uint32(10).string(o[l]).uint32(18).string(n.extraAttributes[o[l]]).ldelim();if(n.idleTimeout!=null&&Q.hasOwnProperty.call(n,"idleTimeout")&&n.idleTimeout!==0&&i.uint32(56).int32(n.idleTimeout),n.apiToken!=null&&Q.hasOwnProperty.call(n,"apiToken")&&n.apiToken!==""&&i.uint32(66).string(n.apiToken),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var l=0;l<n.$unknowns.length;++l)i.raw(n.$unknowns[l]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h,f;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.LiveKitEgressConfig;n.pos<c;){var u=n.pos,d=n.tag();if(d===r){r=Y;break}var m=d&7;switch(d>>>=3){case 1:{if(m!==2)break;(f=n.stringVerify()).length?a.url=f:delete a.url;continue}case 2:{if(m!==2)break;(f=n.stringVerify()).length?a.apiKey=f:delete a.apiKey;continue}case 3:{if(m!==2)break;(f=n.stringVerify()).length?a.apiSecret=f:delete a.apiSecret;continue}case 4:{if(m!==2)break;(f=n.stringVerify()).length?a.roomName=f:delete a.roomName;continue}case 5:{if(m!==2)break;(f=n.stringVerify()).length?a.publisherId=f:delete a.publisherId;continue}case 6:{if(m!==2)break;a.extraAttributes===Se.emptyObject&&(a.extraAttributes={});var S=n.size()+n.pos;if(S>n.len)throw He("index out of range");for(n.len=S,h="",f="";n.pos<S;){var p=n.tag();switch(m=p&7,p>>>=3){case 1:if(m!==2)break;h=n.stringVerify();continue;case 2:if(m!==2)break;f=n.stringVerify();continue}n.skipType(m,o,p)}if(n.pos!==S)throw He("index out of range");n.len=c,h==="__proto__"&&Se.makeProp(a.extraAttributes,h),a.extraAttributes[h]=f;continue}case 7:{if(m!==0)break;(f=n.int32())?a.idleTimeout=f:delete a.idleTimeout;continue}case 8:{if(m!==2)break;(f=n.stringVerify()).length?a.apiToken=f:delete a.apiToken;continue}}n.skipType(m,o,d),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(u,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.AgoraEgressConfig=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.channelName="",t.prototype.token="",t.prototype.uid=0,t.prototype.publisherId="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.channelName!=null&&Q.hasOwnProperty.call(n,"channelName")&&n.channelName!==""&&i.uint32(10).string(n.channelName),n.token!=null&&Q.hasOwnProperty.call(n,"token")&&n.token!==""&&i.uint32(18).string(n.token),n.uid!=null&&Q.hasOwnProperty.call(n,"uid")&&n.uid!==0&&i.uint32(24).uint32(n.uid),n.publisherId!=null&&Q.hasOwnProperty.call(n,"publisherId")&&n.publisherId!==""&&i.uint32(34).string(n.publisherId),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.AgoraEgressConfig;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.channelName=h:delete a.channelName;continue}case 2:{if(d!==2)break;(h=n.stringVerify()).length?a.token=h:delete a.token;continue}case 3:{if(d!==0)break;(h=n.uint32())?a.uid=h:delete a.uid;continue}case 4:{if(d!==2)break;(h=n.stringVerify()).length?a.publisherId=h:delete a.publisherId;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.DrivenIngressConfig=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.shapeNpy=Se.newBuffer([]),t.prototype.styleNpy=Se.newBuffer([]),t.prototype.drivenServerUrl="",t.prototype.modelSettings=null,t.prototype.encoderStartFrame=0,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.shapeNpy!=null&&Q.hasOwnProperty.call(n,"shapeNpy")&&n.shapeNpy.length&&i.uint32(10).bytes(n.shapeNpy),n.styleNpy!=null&&Q.hasOwnProperty.call(n,"styleNpy")&&n.styleNpy.length&&i.uint32(18).bytes(n.styleNpy),n.drivenServerUrl!=null&&Q.hasOwnProperty.call(n,"drivenServerUrl")&&n.drivenServerUrl!==""&&i.uint32(26).string(n.drivenServerUrl),n.modelSettings!=null&&Q.hasOwnProperty.call(n,"modelSettings")&&Ee.google.protobuf.Struct.encode(n.modelSettings,i.uint32(34).fork(),r+1).ldelim(),n.encoderStartFrame!=null&&Q.hasOwnProperty.call(n,"encoderStartFrame")&&n.encoderStartFrame!==0&&i.uint32(40).int32(n.encoderStartFrame),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.DrivenIngressConfig;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.bytes()).length?a.shapeNpy=h:delete a.shapeNpy;continue}case 2:{if(d!==2)break;(h=n.bytes()).length?a.styleNpy=h:delete a.styleNpy;continue}case 3:{if(d!==2)break;(h=n.stringVerify()).length?a.drivenServerUrl=h:delete a.drivenServerUrl;continue}case 4:{if(d!==2)break;a.modelSettings=Ee.google.protobuf.Struct.decode(n,n.size(),Y,o+1,a.modelSettings);continue}case 5:{if(d!==0)break;(h=n.int32())?a.encoderStartFrame=h:delete a.encoderStartFrame;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ClientConfigureSession=(function(){let t=function(n){if(this.extraParams={},n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.sampleRate=0,t.prototype.bitrate=0,t.prototype.audioFormat=0,t.prototype.transportCompression=0,t.prototype.egressType=0,t.prototype.livekitEgress=null,t.prototype.agoraEgress=null,t.prototype.extraParams=Se.emptyObject,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.sampleRate!=null&&Q.hasOwnProperty.call(n,"sampleRate")&&n.sampleRate!==0&&i.uint32(8).int32(n.sampleRate),n.bitrate!=null&&Q.hasOwnProperty.call(n,"bitrate")&&n.bitrate!==0&&i.uint32(16).int32(n.bitrate),n.audioFormat!=null&&Q.hasOwnProperty.call(n,"audioFormat")&&n.audioFormat!==0&&i.uint32(24).int32(n.audioFormat),n.transportCompression!=null&&Q.hasOwnProperty.call(n,"transportCompression")&&n.transportCompression!==0&&i.uint32(32).int32(n.transportCompression),n.egressType!=null&&Q.hasOwnProperty.call(n,"egressType")&&n.egressType!==0&&i.uint32(40).int32(n.egressType),n.livekitEgress!=null&&Q.hasOwnProperty.call(n,"livekitEgress")&&Ee.driveningress.v2.LiveKitEgressConfig.encode(n.livekitEgress,i.uint32(50).fork(),r+1).ldelim(),n.agoraEgress!=null&&Q.hasOwnProperty.call(n,"agoraEgress")&&Ee.driveningress.v2.AgoraEgressConfig.encode(n.agoraEgress,i.uint32(58).fork(),r+1).ldelim(),n.extraParams!=null&&Q.hasOwnProperty.call(n,"extraParams"))for(var o=Q.keys(n.extraParams),l=0;l<o.length;++l)i.uint32(66).fork().uint32(10).string(o[l]).uint32(18).string(n.extraParams[o[l]]).ldelim();if(n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var l=0;l<n.$unknowns.length;++l)i.raw(n.$unknowns[l]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h,f;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ClientConfigureSession;n.pos<c;){var u=n.pos,d=n.tag();if(d===r){r=Y;break}var m=d&7;switch(d>>>=3){case 1:{if(m!==0)break;(f=n.int32())?a.sampleRate=f:delete a.sampleRate;continue}case 2:{if(m!==0)break;(f=n.int32())?a.bitrate=f:delete a.bitrate;continue}case 3:{if(m!==0)break;(f=n.int32())?a.audioFormat=f:delete a.audioFormat;continue}case 4:{if(m!==0)break;(f=n.int32())?a.transportCompression=f:delete a.transportCompression;continue}case 5:{if(m!==0)break;(f=n.int32())?a.egressType=f:delete a.egressType;continue}case 6:{if(m!==2)break;a.livekitEgress=Ee.driveningress.v2.LiveKitEgressConfig.decode(n,n.size(),Y,o+1,a.livekitEgress);continue}case 7:{if(m!==2)break;a.agoraEgress=Ee.driveningress.v2.AgoraEgressConfig.decode(n,n.size(),Y,o+1,a.agoraEgress);continue}case 8:{if(m!==2)break;a.extraParams===Se.emptyObject&&(a.extraParams={});var S=n.size()+n.pos;if(S>n.len)throw He("index out of range");for(n.len=S,h="",f="";n.pos<S;){var p=n.tag();switch(m=p&7,p>>>=3){case 1:if(m!==2)break;h=n.stringVerify();continue;case 2:if(m!==2)break;f=n.stringVerify();continue}n.skipType(m,o,p)}if(n.pos!==S)throw He("index out of range");n.len=c,h==="__proto__"&&Se.makeProp(a.extraParams,h),a.extraParams[h]=f;continue}}n.skipType(m,o,d),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(u,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ServerConfirmSession=(function(){let t=function(n){if(this.capabilities=[],n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.connectionId="",t.prototype.capabilities=Se.emptyArray,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.connectionId!=null&&Q.hasOwnProperty.call(n,"connectionId")&&n.connectionId!==""&&i.uint32(10).string(n.connectionId),n.capabilities!=null&&n.capabilities.length)for(var o=0;o<n.capabilities.length;++o)i.uint32(18).string(n.capabilities[o]);if(n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ServerConfirmSession;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.connectionId=h:delete a.connectionId;continue}case 2:{if(d!==2)break;a.capabilities&&a.capabilities.length||(a.capabilities=[]),a.capabilities.push(n.stringVerify());continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.TraceContext=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.traceparent="",t.prototype.tracestate="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.traceparent!=null&&Q.hasOwnProperty.call(n,"traceparent")&&n.traceparent!==""&&i.uint32(10).string(n.traceparent),n.tracestate!=null&&Q.hasOwnProperty.call(n,"tracestate")&&n.tracestate!==""&&i.uint32(18).string(n.tracestate),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.TraceContext;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.traceparent=h:delete a.traceparent;continue}case 2:{if(d!==2)break;(h=n.stringVerify()).length?a.tracestate=h:delete a.tracestate;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ClientAudioInput=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.reqId="",t.prototype.end=!1,t.prototype.audio=Se.newBuffer([]),t.prototype.traceContext=null,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(10).string(n.reqId),n.end!=null&&Q.hasOwnProperty.call(n,"end")&&n.end!==!1&&i.uint32(16).bool(n.end),n.audio!=null&&Q.hasOwnProperty.call(n,"audio")&&n.audio.length&&i.uint32(26).bytes(n.audio),n.traceContext!=null&&Q.hasOwnProperty.call(n,"traceContext")&&Ee.driveningress.v2.TraceContext.encode(n.traceContext,i.uint32(34).fork(),r+1).ldelim(),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ClientAudioInput;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}case 2:{if(d!==0)break;(h=n.bool())?a.end=h:delete a.end;continue}case 3:{if(d!==2)break;(h=n.bytes()).length?a.audio=h:delete a.audio;continue}case 4:{if(d!==2)break;a.traceContext=Ee.driveningress.v2.TraceContext.decode(n,n.size(),Y,o+1,a.traceContext);continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ServerError=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.connectionId="",t.prototype.reqId="",t.prototype.code=0,t.prototype.message="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.connectionId!=null&&Q.hasOwnProperty.call(n,"connectionId")&&n.connectionId!==""&&i.uint32(10).string(n.connectionId),n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(18).string(n.reqId),n.code!=null&&Q.hasOwnProperty.call(n,"code")&&n.code!==0&&i.uint32(24).int32(n.code),n.message!=null&&Q.hasOwnProperty.call(n,"message")&&n.message!==""&&i.uint32(34).string(n.message),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ServerError;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.connectionId=h:delete a.connectionId;continue}case 2:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}case 3:{if(d!==0)break;(h=n.int32())?a.code=h:delete a.code;continue}case 4:{if(d!==2)break;(h=n.stringVerify()).length?a.message=h:delete a.message;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.Flame=(function(){let t=function(n){if(this.translation=[],this.rotation=[],this.neckPose=[],this.jawPose=[],this.eyePose=[],this.eyeLid=[],this.expression=[],this.arkit=[],n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.translation=Se.emptyArray,t.prototype.rotation=Se.emptyArray,t.prototype.neckPose=Se.emptyArray,t.prototype.jawPose=Se.emptyArray,t.prototype.eyePose=Se.emptyArray,t.prototype.eyeLid=Se.emptyArray,t.prototype.expression=Se.emptyArray,t.prototype.arkit=Se.emptyArray,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.translation!=null&&n.translation.length&&i.uint32(10).floats(n.translation),n.rotation!=null&&n.rotation.length&&i.uint32(18).floats(n.rotation),n.neckPose!=null&&n.neckPose.length&&i.uint32(26).floats(n.neckPose),n.jawPose!=null&&n.jawPose.length&&i.uint32(34).floats(n.jawPose),n.eyePose!=null&&n.eyePose.length&&i.uint32(42).floats(n.eyePose),n.eyeLid!=null&&n.eyeLid.length&&i.uint32(50).floats(n.eyeLid),n.expression!=null&&n.expression.length&&i.uint32(58).floats(n.expression),n.arkit!=null&&n.arkit.length&&i.uint32(802).floats(n.arkit),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.Flame;n.pos<c;){var h=n.pos,f=n.tag();if(f===r){r=Y;break}var u=f&7;switch(f>>>=3){case 1:{if(u===2){a.translation&&a.translation.length||(a.translation=[]),n.floats(a.translation);continue}if(u!==5)break;a.translation&&a.translation.length||(a.translation=[]),a.translation.push(n.float());continue}case 2:{if(u===2){a.rotation&&a.rotation.length||(a.rotation=[]),n.floats(a.rotation);continue}if(u!==5)break;a.rotation&&a.rotation.length||(a.rotation=[]),a.rotation.push(n.float());continue}case 3:{if(u===2){a.neckPose&&a.neckPose.length||(a.neckPose=[]),n.floats(a.neckPose);continue}if(u!==5)break;a.neckPose&&a.neckPose.length||(a.neckPose=[]),a.neckPose.push(n.float());continue}case 4:{if(u===2){a.jawPose&&a.jawPose.length||(a.jawPose=[]),n.floats(a.jawPose);continue}if(u!==5)break;a.jawPose&&a.jawPose.length||(a.jawPose=[]),a.jawPose.push(n.float());continue}case 5:{if(u===2){a.eyePose&&a.eyePose.length||(a.eyePose=[]),n.floats(a.eyePose);continue}if(u!==5)break;a.eyePose&&a.eyePose.length||(a.eyePose=[]),a.eyePose.push(n.float());continue}case 6:{if(u===2){a.eyeLid&&a.eyeLid.length||(a.eyeLid=[]),n.floats(a.eyeLid);continue}if(u!==5)break;a.eyeLid&&a.eyeLid.length||(a.eyeLid=[]),a.eyeLid.push(n.float());continue}case 7:{if(u===2){a.expression&&a.expression.length||(a.expression=[]),n.floats(a.expression);continue}if(u!==5)break;a.expression&&a.expression.length||(a.expression=[]),a.expression.push(n.float());continue}case 100:{if(u===2){a.arkit&&a.arkit.length||(a.arkit=[]),n.floats(a.arkit);continue}if(u!==5)break;a.arkit&&a.arkit.length||(a.arkit=[]),a.arkit.push(n.float());continue}}n.skipType(u,o,f),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(h,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.FlameAnimation=(function(){let t=function(n){if(this.keyframes=[],n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.keyframes=Se.emptyArray,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.keyframes!=null&&n.keyframes.length)for(var o=0;o<n.keyframes.length;++o)Ee.driveningress.v2.Flame.encode(n.keyframes[o],i.uint32(10).fork(),r+1).ldelim();if(n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.FlameAnimation;n.pos<c;){var h=n.pos,f=n.tag();if(f===r){r=Y;break}var u=f&7;switch(f>>>=3){case 1:{if(u!==2)break;a.keyframes&&a.keyframes.length||(a.keyframes=[]),a.keyframes.push(Ee.driveningress.v2.Flame.decode(n,n.size(),Y,o+1));continue}}n.skipType(u,o,f),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(h,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ServerResponseAnimation=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.connectionId="",t.prototype.reqId="",t.prototype.end=!1,t.prototype.animation=null,t.prototype.avatarId="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.connectionId!=null&&Q.hasOwnProperty.call(n,"connectionId")&&n.connectionId!==""&&i.uint32(10).string(n.connectionId),n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(18).string(n.reqId),n.end!=null&&Q.hasOwnProperty.call(n,"end")&&n.end!==!1&&i.uint32(24).bool(n.end),n.animation!=null&&Q.hasOwnProperty.call(n,"animation")&&Ee.driveningress.v2.FlameAnimation.encode(n.animation,i.uint32(34).fork(),r+1).ldelim(),n.avatarId!=null&&Q.hasOwnProperty.call(n,"avatarId")&&n.avatarId!==""&&i.uint32(42).string(n.avatarId),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ServerResponseAnimation;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.connectionId=h:delete a.connectionId;continue}case 2:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}case 3:{if(d!==0)break;(h=n.bool())?a.end=h:delete a.end;continue}case 4:{if(d!==2)break;a.animation=Ee.driveningress.v2.FlameAnimation.decode(n,n.size(),Y,o+1,a.animation);continue}case 5:{if(d!==2)break;(h=n.stringVerify()).length?a.avatarId=h:delete a.avatarId;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ClientInterrupt=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.reqId="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(10).string(n.reqId),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ClientInterrupt;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ClientPause=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.reqId="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(10).string(n.reqId),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ClientPause;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ClientResume=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.reqId="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(10).string(n.reqId),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ClientResume;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.ServerPlaybackState=(function(){let t=function(n){if(n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.connectionId="",t.prototype.reqId="",t.prototype.state=0,t.prototype.playedMs=Se.Long?Se.Long.fromBits(0,0,!1):0,t.prototype.reason="",t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.connectionId!=null&&Q.hasOwnProperty.call(n,"connectionId")&&n.connectionId!==""&&i.uint32(10).string(n.connectionId),n.reqId!=null&&Q.hasOwnProperty.call(n,"reqId")&&n.reqId!==""&&i.uint32(18).string(n.reqId),n.state!=null&&Q.hasOwnProperty.call(n,"state")&&n.state!==0&&i.uint32(24).int32(n.state),n.playedMs!=null&&Q.hasOwnProperty.call(n,"playedMs")&&(typeof n.playedMs=="object"?n.playedMs.low||n.playedMs.high:n.playedMs!==0)&&i.uint32(32).int64(n.playedMs),n.reason!=null&&Q.hasOwnProperty.call(n,"reason")&&n.reason!==""&&i.uint32(42).string(n.reason),n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.driveningress.v2.ServerPlaybackState;n.pos<c;){var f=n.pos,u=n.tag();if(u===r){r=Y;break}var d=u&7;switch(u>>>=3){case 1:{if(d!==2)break;(h=n.stringVerify()).length?a.connectionId=h:delete a.connectionId;continue}case 2:{if(d!==2)break;(h=n.stringVerify()).length?a.reqId=h:delete a.reqId;continue}case 3:{if(d!==0)break;(h=n.int32())?a.state=h:delete a.state;continue}case 4:{if(d!==0)break;(typeof(h=n.int64())=="object"?h.low||h.high:h!==0)?a.playedMs=h:delete a.playedMs;continue}case 5:{if(d!==2)break;(h=n.stringVerify()).length?a.reason=h:delete a.reason;continue}}n.skipType(d,o,u),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(f,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t.State=(function(){let n=Q.create(null),i=Q.create(n);return i[n[0]="STATE_UNSPECIFIED"]=0,i[n[1]="PLAYING"]=1,i[n[2]="PAUSED"]=2,i[n[3]="ENDED"]=3,i[n[4]="INTERRUPTED"]=4,i})(),t})(),e.Message=(function(){let t=function(i){if(i)for(var r=Q.keys(i),o=0;o<r.length;++o)i[r[o]]!=null&&r[o]!=="__proto__"&&(this[r[o]]=i[r[o]])};t.prototype.type=0,t.prototype.clientConfigureSession=null,t.prototype.serverConfirmSession=null,t.prototype.clientAudioInput=null,t.prototype.serverError=null,t.prototype.serverResponseAnimation=null,t.prototype.clientDrivenConfig=null,t.prototype.clientInterrupt=null,t.prototype.clientPause=null,t.prototype.clientResume=null,t.prototype.serverPlaybackState=null;let n;return Q.defineProperty(t.prototype,"data",{get:Se.oneOfGetter(n=["clientConfigureSession","serverConfirmSession","clientAudioInput","serverError","serverResponseAnimation","clientDrivenConfig","clientInterrupt","clientPause","clientResume","serverPlaybackState"]),set:Se.oneOfSetter(n)}),t.encode=function(i,r,o){if(r||(r=Ct.create()),o===Y&&(o=0),o>Se.recursionLimit)throw Pe("max depth exceeded");if(i.type!=null&&Q.hasOwnProperty.call(i,"type")&&i.type!==0&&r.uint32(8).int32(i.type),i.clientConfigureSession!=null&&Q.hasOwnProperty.call(i,"clientConfigureSession")&&Ee.driveningress.v2.ClientConfigureSession.encode(i.clientConfigureSession,r.uint32(18).fork(),o+1).ldelim(),i.serverConfirmSession!=null&&Q.hasOwnProperty.call(i,"serverConfirmSession")&&Ee.driveningress.v2.ServerConfirmSession.encode(i.serverConfirmSession,r.uint32(26).fork(),o+1).ldelim(),i.clientAudioInput!=null&&Q.hasOwnProperty.call(i,"clientAudioInput")&&Ee.driveningress.v2.ClientAudioInput.encode(i.clientAudioInput,r.uint32(34).fork(),o+1).ldelim(),i.serverError!=null&&Q.hasOwnProperty.call(i,"serverError")&&Ee.driveningress.v2.ServerError.encode(i.serverError,r.uint32(42).fork(),o+1).ldelim(),i.serverResponseAnimation!=null&&Q.hasOwnProperty.call(i,"serverResponseAnimation")&&Ee.driveningress.v2.ServerResponseAnimation.encode(i.serverResponseAnimation,r.uint32(50).fork(),o+1).ldelim(),i.clientDrivenConfig!=null&&Q.hasOwnProperty.call(i,"clientDrivenConfig")&&Ee.driveningress.v2.DrivenIngressConfig.encode(i.clientDrivenConfig,r.uint32(58).fork(),o+1).ldelim(),i.clientInterrupt!=null&&Q.hasOwnProperty.call(i,"clientInterrupt")&&Ee.driveningress.v2.ClientInterrupt.encode(i.clientInterrupt,r.uint32(66).fork(),o+1).ldelim(),i.clientPause!=null&&Q.hasOwnProperty.call(i,"clientPause")&&Ee.driveningress.v2.ClientPause.encode(i.clientPause,r.uint32(74).fork(),o+1).ldelim(),i.clientResume!=null&&Q.hasOwnProperty.call(i,"clientResume")&&Ee.driveningress.v2.ClientResume.encode(i.clientResume,r.uint32(82).fork(),o+1).ldelim(),i.serverPlaybackState!=null&&Q.hasOwnProperty.call(i,"serverPlaybackState")&&Ee.driveningress.v2.ServerPlaybackState.encode(i.serverPlaybackState,r.uint32(90).fork(),o+1).ldelim(),i.$unknowns!=null&&Q.hasOwnProperty.call(i,"$unknowns"))for(var l=0;l<i.$unknowns.length;++l)r.raw(i.$unknowns[l]);return r},t.decode=function(i,r,o,l,c){if(i instanceof Ie||(i=Ie.create(i)),l===Y&&(l=0),l>Ie.recursionLimit)throw Pe("max depth exceeded");var a,h,f;if(r===Y)a=i.len;else{if(a=i.pos+r,a>i.len)throw He("index out of range");r=i.len,i.len=a}for(h=c||new Ee.driveningress.v2.Message;i.pos<a;){var u=i.pos,d=i.tag();if(d===o){o=Y;break}var m=d&7;switch(d>>>=3){case 1:{if(m!==0)break;(f=i.int32())?h.type=f:delete h.type;continue}case 2:{if(m!==2)break;h.clientConfigureSession=Ee.driveningress.v2.ClientConfigureSession.decode(i,i.size(),Y,l+1,h.clientConfigureSession),h.data="clientConfigureSession";continue}case 3:{if(m!==2)break;h.serverConfirmSession=Ee.driveningress.v2.ServerConfirmSession.decode(i,i.size(),Y,l+1,h.serverConfirmSession),h.data="serverConfirmSession";continue}case 4:{if(m!==2)break;h.clientAudioInput=Ee.driveningress.v2.ClientAudioInput.decode(i,i.size(),Y,l+1,h.clientAudioInput),h.data="clientAudioInput";continue}case 5:{if(m!==2)break;h.serverError=Ee.driveningress.v2.ServerError.decode(i,i.size(),Y,l+1,h.serverError),h.data="serverError";continue}case 6:{if(m!==2)break;h.serverResponseAnimation=Ee.driveningress.v2.ServerResponseAnimation.decode(i,i.size(),Y,l+1,h.serverResponseAnimation),h.data="serverResponseAnimation";continue}case 7:{if(m!==2)break;h.clientDrivenConfig=Ee.driveningress.v2.DrivenIngressConfig.decode(i,i.size(),Y,l+1,h.clientDrivenConfig),h.data="clientDrivenConfig";continue}case 8:{if(m!==2)break;h.clientInterrupt=Ee.driveningress.v2.ClientInterrupt.decode(i,i.size(),Y,l+1,h.clientInterrupt),h.data="clientInterrupt";continue}case 9:{if(m!==2)break;h.clientPause=Ee.driveningress.v2.ClientPause.decode(i,i.size(),Y,l+1,h.clientPause),h.data="clientPause";continue}case 10:{if(m!==2)break;h.clientResume=Ee.driveningress.v2.ClientResume.decode(i,i.size(),Y,l+1,h.clientResume),h.data="clientResume";continue}case 11:{if(m!==2)break;h.serverPlaybackState=Ee.driveningress.v2.ServerPlaybackState.decode(i,i.size(),Y,l+1,h.serverPlaybackState),h.data="serverPlaybackState";continue}}i.skipType(m,l,d),i.discardUnknown||(Se.makeProp(h,"$unknowns",!1),(h.$unknowns||(h.$unknowns=[])).push(i.raw(u,i.pos)))}if(r!==Y){if(i.pos!==a)throw He("index out of range");i.len=r}if(o!==Y)throw Pe("missing end group");return h},t})(),e})(),s})(),Kv=Ee.google=(()=>{let s={};return s.protobuf=(function(){let e={};return e.Struct=(function(){let t=function(n){if(this.fields={},n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.fields=Se.emptyObject,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.fields!=null&&Q.hasOwnProperty.call(n,"fields"))for(var o=Q.keys(n.fields),l=0;l<o.length;++l)i.uint32(10).fork().uint32(10).string(o[l]),Ee.google.protobuf.Value.encode(n.fields[o[l]],i.uint32(18).fork(),r+1).ldelim().ldelim();if(n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var l=0;l<n.$unknowns.length;++l)i.raw(n.$unknowns[l]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a,h,f;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.google.protobuf.Struct;n.pos<c;){var u=n.pos,d=n.tag();if(d===r){r=Y;break}var m=d&7;switch(d>>>=3){case 1:{if(m!==2)break;a.fields===Se.emptyObject&&(a.fields={});var S=n.size()+n.pos;if(S>n.len)throw He("index out of range");for(n.len=S,h="",f=null;n.pos<S;){var p=n.tag();switch(m=p&7,p>>>=3){case 1:if(m!==2)break;h=n.stringVerify();continue;case 2:if(m!==2)break;f=Ee.google.protobuf.Value.decode(n,n.size(),Y,o+1,f);continue}n.skipType(m,o,p)}if(n.pos!==S)throw He("index out of range");n.len=c,h==="__proto__"&&Se.makeProp(a.fields,h),a.fields[h]=f||new Ee.google.protobuf.Value;continue}}n.skipType(m,o,d),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(u,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e.Value=(function(){let t=function(i){if(i)for(var r=Q.keys(i),o=0;o<r.length;++o)i[r[o]]!=null&&r[o]!=="__proto__"&&(this[r[o]]=i[r[o]])};t.prototype.nullValue=null,t.prototype.numberValue=null,t.prototype.stringValue=null,t.prototype.boolValue=null,t.prototype.structValue=null,t.prototype.listValue=null;let n;return Q.defineProperty(t.prototype,"kind",{get:Se.oneOfGetter(n=["nullValue","numberValue","stringValue","boolValue","structValue","listValue"]),set:Se.oneOfSetter(n)}),t.encode=function(i,r,o){if(r||(r=Ct.create()),o===Y&&(o=0),o>Se.recursionLimit)throw Pe("max depth exceeded");if(i.nullValue!=null&&Q.hasOwnProperty.call(i,"nullValue")&&r.uint32(8).int32(i.nullValue),i.numberValue!=null&&Q.hasOwnProperty.call(i,"numberValue")&&r.uint32(17).double(i.numberValue),i.stringValue!=null&&Q.hasOwnProperty.call(i,"stringValue")&&r.uint32(26).string(i.stringValue),i.boolValue!=null&&Q.hasOwnProperty.call(i,"boolValue")&&r.uint32(32).bool(i.boolValue),i.structValue!=null&&Q.hasOwnProperty.call(i,"structValue")&&Ee.google.protobuf.Struct.encode(i.structValue,r.uint32(42).fork(),o+1).ldelim(),i.listValue!=null&&Q.hasOwnProperty.call(i,"listValue")&&Ee.google.protobuf.ListValue.encode(i.listValue,r.uint32(50).fork(),o+1).ldelim(),i.$unknowns!=null&&Q.hasOwnProperty.call(i,"$unknowns"))for(var l=0;l<i.$unknowns.length;++l)r.raw(i.$unknowns[l]);return r},t.decode=function(i,r,o,l,c){if(i instanceof Ie||(i=Ie.create(i)),l===Y&&(l=0),l>Ie.recursionLimit)throw Pe("max depth exceeded");var a,h,f;if(r===Y)a=i.len;else{if(a=i.pos+r,a>i.len)throw He("index out of range");r=i.len,i.len=a}for(h=c||new Ee.google.protobuf.Value;i.pos<a;){var u=i.pos,d=i.tag();if(d===o){o=Y;break}var m=d&7;switch(d>>>=3){case 1:{if(m!==0)break;h.nullValue=i.int32(),h.kind="nullValue";continue}case 2:{if(m!==1)break;h.numberValue=i.double(),h.kind="numberValue";continue}case 3:{if(m!==2)break;h.stringValue=i.stringVerify(),h.kind="stringValue";continue}case 4:{if(m!==0)break;h.boolValue=i.bool(),h.kind="boolValue";continue}case 5:{if(m!==2)break;h.structValue=Ee.google.protobuf.Struct.decode(i,i.size(),Y,l+1,h.structValue),h.kind="structValue";continue}case 6:{if(m!==2)break;h.listValue=Ee.google.protobuf.ListValue.decode(i,i.size(),Y,l+1,h.listValue),h.kind="listValue";continue}}i.skipType(m,l,d),i.discardUnknown||(Se.makeProp(h,"$unknowns",!1),(h.$unknowns||(h.$unknowns=[])).push(i.raw(u,i.pos)))}if(r!==Y){if(i.pos!==a)throw He("index out of range");i.len=r}if(o!==Y)throw Pe("missing end group");return h},t})(),e.NullValue=(function(){let t=Q.create(null),n=Q.create(t);return n[t[0]="NULL_VALUE"]=0,n})(),e.ListValue=(function(){let t=function(n){if(this.values=[],n)for(var i=Q.keys(n),r=0;r<i.length;++r)n[i[r]]!=null&&i[r]!=="__proto__"&&(this[i[r]]=n[i[r]])};return t.prototype.values=Se.emptyArray,t.encode=function(n,i,r){if(i||(i=Ct.create()),r===Y&&(r=0),r>Se.recursionLimit)throw Pe("max depth exceeded");if(n.values!=null&&n.values.length)for(var o=0;o<n.values.length;++o)Ee.google.protobuf.Value.encode(n.values[o],i.uint32(10).fork(),r+1).ldelim();if(n.$unknowns!=null&&Q.hasOwnProperty.call(n,"$unknowns"))for(var o=0;o<n.$unknowns.length;++o)i.raw(n.$unknowns[o]);return i},t.decode=function(n,i,r,o,l){if(n instanceof Ie||(n=Ie.create(n)),o===Y&&(o=0),o>Ie.recursionLimit)throw Pe("max depth exceeded");var c,a;if(i===Y)c=n.len;else{if(c=n.pos+i,c>n.len)throw He("index out of range");i=n.len,n.len=c}for(a=l||new Ee.google.protobuf.ListValue;n.pos<c;){var h=n.pos,f=n.tag();if(f===r){r=Y;break}var u=f&7;switch(f>>>=3){case 1:{if(u!==2)break;a.values&&a.values.length||(a.values=[]),a.values.push(Ee.google.protobuf.Value.decode(n,n.size(),Y,o+1));continue}}n.skipType(u,o,f),n.discardUnknown||(Se.makeProp(a,"$unknowns",!1),(a.$unknowns||(a.$unknowns=[])).push(n.raw(h,n.pos)))}if(i!==Y){if(n.pos!==c)throw He("index out of range");n.len=i}if(r!==Y)throw Pe("missing end group");return a},t})(),e})(),s})();var ni=Object.freeze(["eyeBlinkLeft","eyeLookDownLeft","eyeLookInLeft","eyeLookOutLeft","eyeLookUpLeft","eyeSquintLeft","eyeWideLeft","eyeBlinkRight","eyeLookDownRight","eyeLookInRight","eyeLookOutRight","eyeLookUpRight","eyeSquintRight","eyeWideRight","jawForward","jawLeft","jawRight","jawOpen","mouthClose","mouthFunnel","mouthPucker","mouthLeft","mouthRight","mouthSmileLeft","mouthSmileRight","mouthFrownLeft","mouthFrownRight","mouthDimpleLeft","mouthDimpleRight","mouthStretchLeft","mouthStretchRight","mouthRollLower","mouthRollUpper","mouthShrugLower","mouthShrugUpper","mouthPressLeft","mouthPressRight","mouthLowerDownLeft","mouthLowerDownRight","mouthUpperUpLeft","mouthUpperUpRight","browDownLeft","browDownRight","browInnerUp","browOuterUpLeft","browOuterUpRight","cheekPuff","cheekSquintLeft","cheekSquintRight","noseSneerLeft","noseSneerRight","tongueOut"]);var ys=xf.v2,xs=ys.MessageType,vs=25,pm="arkit";var mm=["translation","rotation","neckPose","jawPose","eyePose","eyeLid","expression"];function yf({sampleRate:s=16e3,arkit:e=!0,extraParams:t={}}={}){let n={...t};return e&&(n[pm]="1"),ys.Message.encode({type:xs.MESSAGE_CLIENT_CONFIGURE_SESSION,clientConfigureSession:{sampleRate:s,bitrate:0,audioFormat:ys.AudioFormat.AUDIO_FORMAT_PCM_S16LE,extraParams:n}}).finish()}function vf(s,e,t=!1){let n=e instanceof Uint8Array?e:new Uint8Array(e.buffer,e.byteOffset,e.byteLength);return ys.Message.encode({type:xs.MESSAGE_CLIENT_AUDIO_INPUT,clientAudioInput:{reqId:s,end:t,audio:n}}).finish()}function Sf(s){return ys.Message.encode({type:xs.MESSAGE_CLIENT_INTERRUPT,clientInterrupt:{reqId:s}}).finish()}function Mf(s){let e=ys.Message.decode(s instanceof Uint8Array?s:new Uint8Array(s));switch(e.type){case xs.MESSAGE_SERVER_CONFIRM_SESSION:return{kind:"confirm",connectionId:e.serverConfirmSession?.connectionId??""};case xs.MESSAGE_SERVER_ERROR:{let t=e.serverError??{};return{kind:"error",code:t.code??0,message:t.message??"",reqId:t.reqId??""}}case xs.MESSAGE_SERVER_RESPONSE_ANIMATION:{let t=e.serverResponseAnimation??{},n=(t.animation?.keyframes??[]).map(i=>({flame:Object.fromEntries(mm.map(r=>[r,i[r]??[]])),arkit:i.arkit&&i.arkit.length?Float32Array.from(i.arkit):null}));return{kind:"animation",reqId:t.reqId??"",end:!!t.end,keyframes:n}}default:return{kind:"other",type:e.type}}}function bf(s){let e={};return s&&ni.forEach((t,n)=>{e[t]=s[n]}),e}var gm="useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";function wf(s=new Date){let e=s.toISOString().replace(/[-:T]/g,"").slice(0,14),t=crypto.getRandomValues(new Uint8Array(12));return`${e}_${Array.from(t,n=>gm[n&63]).join("")}`}var _m=1e4,xm=1e4,ym=64;async function Tf(s,{fetchImpl:e=globalThis.fetch,timeoutMs:t=xm}={}){let n;try{n=await e(new URL("/demo/session-token",s),{method:"POST",headers:{"Content-Type":"application/json"},body:"{}",signal:AbortSignal.timeout(t)})}catch(r){throw new Gt("connectionFailed",`token request failed: ${r.message}`,{retryable:!0})}let i=await n.text();if(!n.ok)throw Cl(n.status,i);return JSON.parse(i)}function vm(s,{avatarId:e,appId:t,sessionToken:n}){let i=new URL(s.replace(/\/+$/,"")+"/websocket");return i.protocol=i.protocol.replace(/^http/,"ws"),i.searchParams.set("id",e),i.searchParams.set("appId",t),i.searchParams.set("sessionKey",n),i.toString()}var Mo=class extends EventTarget{constructor({ingressUrl:e,appId:t,avatarId:n,sessionToken:i,sampleRate:r=16e3,arkit:o=!0,extraParams:l={},WebSocket:c=globalThis.WebSocket,fetchImpl:a=globalThis.fetch,handshakeTimeoutMs:h=_m}){if(super(),!c)throw new Gt("websocketError","no WebSocket implementation");this.url=vm(e,{avatarId:n,appId:t,sessionToken:i}),this.sampleRate=r,this.configure=yf({sampleRate:r,arkit:o,extraParams:l}),this.Socket=c,this.fetchImpl=a===globalThis.fetch?(...f)=>globalThis.fetch(...f):a,this.handshakeTimeoutMs=h,this.state="idle",this.connectionId="",this.reqId=null,this.lastReqId=null,this.counts=new Map,this.interrupted=[],this.serverError=null}connect(){return this.state!=="idle"?Promise.reject(new Gt("connectionInProgress","connect() called twice")):(this.state="connecting",new Promise((e,t)=>{let n=new this.Socket(this.url);this.ws=n,n.binaryType="arraybuffer";let i=!1,r=!1,o=(c,a)=>{r||(r=!0,clearTimeout(l),c?t(c):e(a))},l=setTimeout(()=>{o(new Gt("connectionFailed","no answer from the server within the handshake timeout",{retryable:!0})),this.close(1e3)},this.handshakeTimeoutMs);n.onopen=()=>{i=!0,n.send(this.configure)},n.onmessage=c=>{if(typeof c.data=="string")return;let a;try{a=Mf(new Uint8Array(c.data))}catch{return}if(a.kind==="confirm")this.state="open",this.connectionId=a.connectionId,o(null,a.connectionId);else if(a.kind==="error"){let f=Rl(a.code||1002,a.message)??new Gt("serverError",a.message);f.reqId=a.reqId,a.code===3&&a.reqId?f.code="invalidRequest":this.serverError=f,this.state==="connecting"?o(f):this.dispatchEvent(new CustomEvent("error",{detail:f}))}else a.kind==="animation"&&this.onAnimation(a)},n.onclose=async c=>{this.state="closed";let a=this.serverError??Rl(c.code,c.reason);!i&&!r&&(a=await this.diagnose()),o(a??new Gt("connectionClosed","closed during the handshake")),i&&this.dispatchEvent(new CustomEvent("close",{detail:{code:c.code,reason:c.reason,error:a}}))},n.onerror=async()=>{if(i||r)return;let c=await this.diagnose();this.state="closed",o(c)}}))}async diagnose(){try{let e=await this.fetchImpl(this.url.replace(/^ws/,"http"),{signal:AbortSignal.timeout(5e3)});if(!e.ok)return Cl(e.status,await e.text())}catch{}return new Gt("websocketError","the WebSocket could not be opened",{retryable:!0})}onAnimation(e){if(this.interrupted.includes(e.reqId))return;let t=this.counts.get(e.reqId)??0,n=e.keyframes.map((i,r)=>({index:t+r,time:(t+r)/vs,...i}));e.end?this.counts.delete(e.reqId):this.counts.set(e.reqId,t+n.length),this.dispatchEvent(new CustomEvent("animation",{detail:{reqId:e.reqId,end:e.end,keyframes:n}}))}get isOpen(){return this.state==="open"&&this.ws.readyState===1}sendAudio(e,{end:t=!1}={}){if(!this.isOpen)throw new Gt("connectionClosed","the session is not open");this.reqId===null&&(this.reqId=wf(),this.lastReqId=this.reqId);let n=this.reqId;return this.ws.send(vf(n,e,t)),t&&(this.reqId=null),n}endAudio(){return this.reqId===null?null:this.sendAudio(new Int16Array(0),{end:!0})}interrupt(){let e=this.lastReqId;return e===null||!this.isOpen?null:(this.ws.send(Sf(e)),this.interrupted.push(e),this.interrupted.length>ym&&this.interrupted.shift(),this.reqId===e&&(this.reqId=null),e)}close(e=1e3){this.ws&&this.ws.readyState<=1&&this.ws.close(e)}};var bo=class{constructor({bufferKeyframes:e=4,maxKeyframes:t=1500,startDelayS:n=.05,onStart:i=()=>{},onPass:r=()=>{}}={}){this.bufferKeyframes=e,this.maxKeyframes=t,this.startDelayS=n,this.onStart=i,this.onPass=r,this.streams=[],this.held=0,this.underruns=0,this.current=null}stream(e){let t=this.streams.find(n=>n.reqId===e);return t||(t={reqId:e,anchor:null,base:0,frames:[],received:0,ended:!1,lastShown:-1},this.streams.push(t)),t}add(e,t,n,i){let r=this.stream(e);if(this.held+t.length>this.maxKeyframes)return!1;for(let o of t)r.frames.push({index:r.received++,time:(r.received-1)/vs,...o});return this.held+=t.length,r.ended=r.ended||n,this.maybeStart(r,i),!0}maybeStart(e,t){if(e.anchor!==null||e.frames.length<this.bufferKeyframes&&!e.ended||e.received===0)return;let n=this.streams[this.streams.indexOf(e)-1],i=n&&n.anchor!==null?n.anchor+n.received/vs:-1/0;e.anchor=Math.max(t+this.startDelayS,i),this.onStart(e.reqId,e.anchor)}frameAt(e){for(;this.streams.length;){let t=this.streams[0];if(t.anchor===null||e<t.anchor)return this.current;let n=Math.floor((e-t.anchor)*vs);for(;t.frames.length&&t.frames[0].index<n;)this.onPass(t.reqId,t.frames.shift()),this.held--;if(t.frames.length&&t.frames[0].index===n)return this.current={reqId:t.reqId,...t.frames[0]},t.lastShown=n,this.current;if(t.ended&&n>=t.received){for(let i of t.frames)this.onPass(t.reqId,i);this.held-=t.frames.length,this.streams.shift(),this.streams[0]&&this.maybeStart(this.streams[0],e);continue}return n>t.lastShown&&(t.lastShown=n,this.underruns++),this.current}return this.current}get buffered(){return this.held}clear(){this.streams=[],this.held=0}};var Sm=["translation","rotation","neckPose","jawPose","eyePose","eyeLid","expression"],wo=Object.fromEntries(ni.map((s,e)=>[s,e])),Af=[0,0,0,1];function Gl(s){let e=new Float32Array(120),t=0;for(let n of Sm){let i=s[n]??[];e.set(i,t),t+=n==="expression"?100:n==="eyePose"?6:n==="eyeLid"?2:3}return e}var Ef=(s,[e,t])=>Math.min(Math.max(s,e),t);function Mm(s,e=1,t=1/0){let n=e*s[0],i=e*s[1],r=e*s[2],o=Math.sqrt(n*n+i*i+r*r);if(o<1e-12)return Af.slice();let l=Math.min(o,t),c=Math.sin(l/2)/o;return[n*c,i*c,r*c,Math.cos(l/2)]}function bm(s,e){let[t,n,i,r]=s,[o,l,c,a]=e;return[r*o+t*a+n*c-i*l,r*l-t*c+n*a+i*o,r*c+t*l-n*o+i*a,r*a-t*o-n*l-i*c]}function wm(s,e,t){let{gain:n,clamp:i,atMost:r={}}=t.morphs,o=new Float64Array(ni.length);if(e)for(let l=0;l<o.length;l++)o[l]=Ef(n*e[l],i);else for(let l of t.fallback)o[wo[l.morph]]=Ef(l.scale*s[l.index],i);for(let[l,c]of Object.entries(r))o[wo[l]]=Math.min(o[wo[l]],o[wo[c]]);return o}function Tm(s,e){let t={};for(let n of e.rotations){let i=Af.slice();for(let[r,o]of n.blocks)i=bm(i,Mm(s.subarray(r,o),n.gain,n.maxAngleRad));t[n.node]=i}return t}function Hl(s,e,t){return{weights:wm(s,e,t),rotations:Tm(s,t)}}function Cf(s){return Math.min(8,.5*2**s)}var To={1e3:"The session ended normally.",1001:"The server is going away; the session ended.",1002:"The server refused a message as a protocol error.",1006:"The connection dropped without a close message (network trouble, or the server stopped).",1008:"The server ended the session because this page read its messages too slowly.",1009:"The server refused a message that was too big.",1011:"The server hit an internal error or does not support what was asked.",4001:"This app has run out of credits (audio seconds). Reconnecting will not help until it is topped up.",4002:"The session reached its maximum duration. Press Start to open a new one.",4003:"This app already has as many sessions open as its plan allows. Close another session or wait, then press Start.",4010:"The session token was refused (expired, invalid, or for another app). Press Start to get a new one.",4503:"The motion server is unavailable for now."},Rf={idleTimeout:"The server closed the session after a stretch without audio. Press Start to reconnect.",sessionTokenExpired:"The session token has expired. Press Start to get a new one.",sessionTokenInvalid:"The session token is not valid. Press Start to get a new one.",appIDUnrecognized:"The server does not know this app id.",avatarIDUnrecognized:"The server does not know this avatar id.",billingRequired:"The server refused the session: the app has no credits left.",insufficientBalance:To[4001],concurrentLimitExceeded:To[4003],rateLimited:"Too many requests from this machine in a short time. Wait a moment, then press Start.",unsupportedSampleRate:"The server does not accept this audio sample rate.",websocketError:"The WebSocket could not be opened. Is the server running?",connectionFailed:"The server could not be reached.",forbidden:"The demo's token helper refused this page (it answers only pages served by a gateway on this machine).",microphoneUnavailable:"The microphone is unavailable or permission was denied: playing the bundled sample instead."};function Wl(s){if(!s)return"";let e=Rf[s.code]??To[s.closeCode]??(s.httpStatus===403?Rf.forbidden:null),t=s.serverMessage?` (server: "${s.serverMessage}")`:"";return(e??`Error: ${s.message}`)+t}var lS=Object.keys(To).map(Number);var gd=0,Ac=1,_d=2;var Jr=1,xd=2,Qs=3,$n=0,on=1,Tn=2,rs=0,er=1,Rc=2,Cc=3,Ic=4,yd=5;var os=100,vd=101,Sd=102,Md=103,bd=104,wd=200,Td=201,Ed=202,Ad=203,Pc=204,Lc=205,Rd=206,Cd=207,Id=208,Pd=209,Ld=210,Nd=211,Dd=212,Ud=213,Od=214,Qo=0,ea=1,ta=2,Os=3,na=4,ia=5,sa=6,ra=7,Nc=0,Fd=1,Bd=2,Kn=0,Dc=1,Uc=2,Oc=3,Fc=4,Bc=5,kc=6,zc=7,mc="attached",kd="detached",Vc=300,as=301,tr=302,wa=303,Ta=304,Di=1e3,bn=1001,Fs=1002,St=1003,Ea=1004;var ls=1005;var Pt=1006,nr=1007;var En=1008;var fn=1009,Gc=1010,Hc=1011,ir=1012,Aa=1013,Fn=1014,gn=1015,Bn=1016,Ra=1017,Ca=1018,cs=1020,Wc=35902,Xc=35899,qc=1021,Yc=1022,An=1023,hi=1026,yi=1027,Ia=1028,Pa=1029,Bi=1030,La=1031;var Na=1033,jr=33776,Qr=33777,eo=33778,to=33779,Da=35840,Ua=35841,Oa=35842,Fa=35843,Ba=36196,ka=37492,za=37496,Va=37488,Ga=37489,no=37490,Ha=37491,Wa=37808,Xa=37809,qa=37810,Ya=37811,$a=37812,Ka=37813,Za=37814,Ja=37815,ja=37816,Qa=37817,el=37818,tl=37819,nl=37820,il=37821,sl=36492,rl=36494,ol=36495,al=36283,ll=36284,io=36285,cl=36286;var Ji=2300,ji=2301,Jo=2302,gc=2303,_c=2400,xc=2401,yc=2402,zd=2500;var $c=0,so=1,sr=2,Vd=3200;var hl=0,Gd=1,vi="",vt="srgb",en="srgb-linear",Tr="linear",ot="srgb";var jo=7680;var Hd=519,Wd=512,Xd=513,qd=514,Kc=515,Yd=516,$d=517,Zc=518,Jc=519,jc=35044;var Qc="300 es",wn=2e3,Bs=2001;function Em(s){for(let e=s.length-1;e>=0;--e)if(s[e]>=65535)return!0;return!1}function Am(s){return ArrayBuffer.isView(s)&&!(s instanceof DataView)}function ks(s){return document.createElementNS("http://www.w3.org/1999/xhtml",s)}function Kd(){let s=ks("canvas");return s.style.display="block",s}var If={},zs=null;function Er(...s){let e="THREE."+s.shift();zs?zs("log",e,...s):console.log(e,...s)}function Zd(s){let e=s[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=s[1];t&&t.isStackTrace?s[0]+=" "+t.getLocation():s[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return s}function Re(...s){s=Zd(s);let e="THREE."+s.shift();if(zs)zs("warn",e,...s);else{let t=s[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...s)}}function ke(...s){s=Zd(s);let e="THREE."+s.shift();if(zs)zs("error",e,...s);else{let t=s[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...s)}}function Zi(...s){let e=s.join(" ");e in If||(If[e]=!0,Re(...s))}function Jd(s,e,t){return new Promise(function(n,i){function r(){switch(s.clientWaitSync(e,s.SYNC_FLUSH_COMMANDS_BIT,0)){case s.WAIT_FAILED:i();break;case s.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:n()}}setTimeout(r,t)})}var jd={[Qo]:Qo,[ta]:sa,[na]:na,[Os]:ia,[ea]:ea,[sa]:ta,[ra]:ra,[ia]:Os},Hn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let i=n[e];if(i!==void 0){let r=i.indexOf(t);r!==-1&&i.splice(r,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let i=n.slice(0);for(let r=0,o=i.length;r<o;r++)i[r].call(this,e);e.target=null}}},$t=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],Pf=1234567,br=Math.PI/180,Qi=180/Math.PI;function Zn(){let s=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return($t[s&255]+$t[s>>8&255]+$t[s>>16&255]+$t[s>>24&255]+"-"+$t[e&255]+$t[e>>8&255]+"-"+$t[e>>16&15|64]+$t[e>>24&255]+"-"+$t[t&63|128]+$t[t>>8&255]+"-"+$t[t>>16&255]+$t[t>>24&255]+$t[n&255]+$t[n>>8&255]+$t[n>>16&255]+$t[n>>24&255]).toLowerCase()}function et(s,e,t){return Math.max(e,Math.min(t,s))}function eh(s,e){return(s%e+e)%e}function Rm(s,e,t,n,i){return n+(s-e)*(i-n)/(t-e)}function Cm(s,e,t){return s!==e?(t-s)/(e-s):0}function wr(s,e,t){return(1-t)*s+t*e}function Im(s,e,t,n){return wr(s,e,1-Math.exp(-t*n))}function Pm(s,e=1){return e-Math.abs(eh(s,e*2)-e)}function Lm(s,e,t){return s<=e?0:s>=t?1:(s=(s-e)/(t-e),s*s*(3-2*s))}function Nm(s,e,t){return s<=e?0:s>=t?1:(s=(s-e)/(t-e),s*s*s*(s*(s*6-15)+10))}function Dm(s,e){return s+Math.floor(Math.random()*(e-s+1))}function Um(s,e){return s+Math.random()*(e-s)}function Om(s){return s*(.5-Math.random())}function Fm(s){s!==void 0&&(Pf=s);let e=Pf+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function Bm(s){return s*br}function km(s){return s*Qi}function zm(s){return s>0&&Number.isInteger(s)&&2**Math.round(Math.log2(s))===s}function Vm(s){return Math.pow(2,Math.ceil(Math.log(s)/Math.LN2))}function th(s){return Math.pow(2,Math.floor(Math.log(s)/Math.LN2))}function Gm(s,e,t,n,i){let r=Math.cos,o=Math.sin,l=r(t/2),c=o(t/2),a=r((e+n)/2),h=o((e+n)/2),f=r((e-n)/2),u=o((e-n)/2),d=r((n-e)/2),m=o((n-e)/2);switch(i){case"XYX":s.set(l*h,c*f,c*u,l*a);break;case"YZY":s.set(c*u,l*h,c*f,l*a);break;case"ZXZ":s.set(c*f,c*u,l*h,l*a);break;case"XZX":s.set(l*h,c*m,c*d,l*a);break;case"YXY":s.set(c*d,l*h,c*m,l*a);break;case"ZYZ":s.set(c*m,c*d,l*h,l*a);break;default:Re("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+i)}}function ul(s){switch(s.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function nh(s,e){if(e.constructor===Float32Array)return s;let t=ul(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(s/t,-1)}function ih(s,e){if(e.constructor===Float32Array)return s;let t=ul(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(s*t)}var fl={DEG2RAD:br,RAD2DEG:Qi,generateUUID:Zn,clamp:et,euclideanModulo:eh,mapLinear:Rm,inverseLerp:Cm,lerp:wr,damp:Im,pingpong:Pm,smoothstep:Lm,smootherstep:Nm,randInt:Dm,randFloat:Um,randFloatSpread:Om,seededRandom:Fm,degToRad:Bm,radToDeg:km,isPowerOfTwo:zm,ceilPowerOfTwo:Vm,floorPowerOfTwo:th,setQuaternionFromProperEuler:Gm,normalize:ih,denormalize:nh},lh=class lh{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,i=e.elements;return this.x=i[0]*t+i[3]*n+i[6],this.y=i[1]*t+i[4]*n+i[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=et(this.x,e.x,t.x),this.y=et(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=et(this.x,e,t),this.y=et(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(et(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(et(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),i=Math.sin(t),r=this.x-e.x,o=this.y-e.y;return this.x=r*n-o*i+e.x,this.y=r*i+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};lh.prototype.isVector2=!0;var je=lh,tn=class{constructor(e=0,t=0,n=0,i=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=i}static slerpFlat(e,t,n,i,r,o,l){let c=n[i+0],a=n[i+1],h=n[i+2],f=n[i+3],u=r[o+0],d=r[o+1],m=r[o+2],S=r[o+3];if(f!==S||c!==u||a!==d||h!==m){let p=c*u+a*d+h*m+f*S;p<0&&(u=-u,d=-d,m=-m,S=-S,p=-p);let g=1-l;if(p<.9995){let b=Math.acos(p),A=Math.sin(b);g=Math.sin(g*b)/A,l=Math.sin(l*b)/A,c=c*g+u*l,a=a*g+d*l,h=h*g+m*l,f=f*g+S*l}else{c=c*g+u*l,a=a*g+d*l,h=h*g+m*l,f=f*g+S*l;let b=1/Math.sqrt(c*c+a*a+h*h+f*f);c*=b,a*=b,h*=b,f*=b}}e[t]=c,e[t+1]=a,e[t+2]=h,e[t+3]=f}static multiplyQuaternionsFlat(e,t,n,i,r,o){let l=n[i],c=n[i+1],a=n[i+2],h=n[i+3],f=r[o],u=r[o+1],d=r[o+2],m=r[o+3];return e[t]=l*m+h*f+c*d-a*u,e[t+1]=c*m+h*u+a*f-l*d,e[t+2]=a*m+h*d+l*u-c*f,e[t+3]=h*m-l*f-c*u-a*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,i){return this._x=e,this._y=t,this._z=n,this._w=i,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,i=e._y,r=e._z,o=e._order,l=Math.cos,c=Math.sin,a=l(n/2),h=l(i/2),f=l(r/2),u=c(n/2),d=c(i/2),m=c(r/2);switch(o){case"XYZ":this._x=u*h*f+a*d*m,this._y=a*d*f-u*h*m,this._z=a*h*m+u*d*f,this._w=a*h*f-u*d*m;break;case"YXZ":this._x=u*h*f+a*d*m,this._y=a*d*f-u*h*m,this._z=a*h*m-u*d*f,this._w=a*h*f+u*d*m;break;case"ZXY":this._x=u*h*f-a*d*m,this._y=a*d*f+u*h*m,this._z=a*h*m+u*d*f,this._w=a*h*f-u*d*m;break;case"ZYX":this._x=u*h*f-a*d*m,this._y=a*d*f+u*h*m,this._z=a*h*m-u*d*f,this._w=a*h*f+u*d*m;break;case"YZX":this._x=u*h*f+a*d*m,this._y=a*d*f+u*h*m,this._z=a*h*m-u*d*f,this._w=a*h*f-u*d*m;break;case"XZY":this._x=u*h*f-a*d*m,this._y=a*d*f-u*h*m,this._z=a*h*m+u*d*f,this._w=a*h*f+u*d*m;break;default:Re("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,i=Math.sin(n);return this._x=e.x*i,this._y=e.y*i,this._z=e.z*i,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],i=t[4],r=t[8],o=t[1],l=t[5],c=t[9],a=t[2],h=t[6],f=t[10],u=n+l+f;if(u>0){let d=.5/Math.sqrt(u+1);this._w=.25/d,this._x=(h-c)*d,this._y=(r-a)*d,this._z=(o-i)*d}else if(n>l&&n>f){let d=2*Math.sqrt(1+n-l-f);this._w=(h-c)/d,this._x=.25*d,this._y=(i+o)/d,this._z=(r+a)/d}else if(l>f){let d=2*Math.sqrt(1+l-n-f);this._w=(r-a)/d,this._x=(i+o)/d,this._y=.25*d,this._z=(c+h)/d}else{let d=2*Math.sqrt(1+f-n-l);this._w=(o-i)/d,this._x=(r+a)/d,this._y=(c+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(et(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let i=Math.min(1,t/n);return this.slerp(e,i),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,i=e._y,r=e._z,o=e._w,l=t._x,c=t._y,a=t._z,h=t._w;return this._x=n*h+o*l+i*a-r*c,this._y=i*h+o*c+r*l-n*a,this._z=r*h+o*a+n*c-i*l,this._w=o*h-n*l-i*c-r*a,this._onChangeCallback(),this}slerp(e,t){let n=e._x,i=e._y,r=e._z,o=e._w,l=this.dot(e);l<0&&(n=-n,i=-i,r=-r,o=-o,l=-l);let c=1-t;if(l<.9995){let a=Math.acos(l),h=Math.sin(a);c=Math.sin(c*a)/h,t=Math.sin(t*a)/h,this._x=this._x*c+n*t,this._y=this._y*c+i*t,this._z=this._z*c+r*t,this._w=this._w*c+o*t,this._onChangeCallback()}else this._x=this._x*c+n*t,this._y=this._y*c+i*t,this._z=this._z*c+r*t,this._w=this._w*c+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),i=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(i*Math.sin(e),i*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},ch=class ch{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Lf.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Lf.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,i=this.z,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6]*i,this.y=r[1]*t+r[4]*n+r[7]*i,this.z=r[2]*t+r[5]*n+r[8]*i,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,i=this.z,r=e.elements,o=1/(r[3]*t+r[7]*n+r[11]*i+r[15]);return this.x=(r[0]*t+r[4]*n+r[8]*i+r[12])*o,this.y=(r[1]*t+r[5]*n+r[9]*i+r[13])*o,this.z=(r[2]*t+r[6]*n+r[10]*i+r[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,i=this.z,r=e.x,o=e.y,l=e.z,c=e.w,a=2*(o*i-l*n),h=2*(l*t-r*i),f=2*(r*n-o*t);return this.x=t+c*a+o*f-l*h,this.y=n+c*h+l*a-r*f,this.z=i+c*f+r*h-o*a,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,i=this.z,r=e.elements;return this.x=r[0]*t+r[4]*n+r[8]*i,this.y=r[1]*t+r[5]*n+r[9]*i,this.z=r[2]*t+r[6]*n+r[10]*i,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=et(this.x,e.x,t.x),this.y=et(this.y,e.y,t.y),this.z=et(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=et(this.x,e,t),this.y=et(this.y,e,t),this.z=et(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(et(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,i=e.y,r=e.z,o=t.x,l=t.y,c=t.z;return this.x=i*c-r*l,this.y=r*o-n*c,this.z=n*l-i*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Xl.copy(this).projectOnVector(e),this.sub(Xl)}reflect(e){return this.sub(Xl.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(et(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,i=this.z-e.z;return t*t+n*n+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let i=Math.sin(t)*e;return this.x=i*Math.sin(n),this.y=Math.cos(t)*e,this.z=i*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),i=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=i,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};ch.prototype.isVector3=!0;var O=ch,Xl=new O,Lf=new tn,hh=class hh{constructor(e,t,n,i,r,o,l,c,a){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,i,r,o,l,c,a)}set(e,t,n,i,r,o,l,c,a){let h=this.elements;return h[0]=e,h[1]=i,h[2]=l,h[3]=t,h[4]=r,h[5]=c,h[6]=n,h[7]=o,h[8]=a,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,i=t.elements,r=this.elements,o=n[0],l=n[3],c=n[6],a=n[1],h=n[4],f=n[7],u=n[2],d=n[5],m=n[8],S=i[0],p=i[3],g=i[6],b=i[1],A=i[4],M=i[7],C=i[2],R=i[5],x=i[8];return r[0]=o*S+l*b+c*C,r[3]=o*p+l*A+c*R,r[6]=o*g+l*M+c*x,r[1]=a*S+h*b+f*C,r[4]=a*p+h*A+f*R,r[7]=a*g+h*M+f*x,r[2]=u*S+d*b+m*C,r[5]=u*p+d*A+m*R,r[8]=u*g+d*M+m*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],i=e[2],r=e[3],o=e[4],l=e[5],c=e[6],a=e[7],h=e[8];return t*o*h-t*l*a-n*r*h+n*l*c+i*r*a-i*o*c}invert(){let e=this.elements,t=e[0],n=e[1],i=e[2],r=e[3],o=e[4],l=e[5],c=e[6],a=e[7],h=e[8],f=h*o-l*a,u=l*c-h*r,d=a*r-o*c,m=t*f+n*u+i*d;if(m===0)return this.set(0,0,0,0,0,0,0,0,0);let S=1/m;return e[0]=f*S,e[1]=(i*a-h*n)*S,e[2]=(l*n-i*o)*S,e[3]=u*S,e[4]=(h*t-i*c)*S,e[5]=(i*r-l*t)*S,e[6]=d*S,e[7]=(n*c-a*t)*S,e[8]=(o*t-n*r)*S,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,i,r,o,l){let c=Math.cos(r),a=Math.sin(r);return this.set(n*c,n*a,-n*(c*o+a*l)+o+e,-i*a,i*c,-i*(-a*o+c*l)+l+t,0,0,1),this}scale(e,t){return Zi("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(ql.makeScale(e,t)),this}rotate(e){return Zi("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(ql.makeRotation(-e)),this}translate(e,t){return Zi("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(ql.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let i=0;i<9;i++)if(t[i]!==n[i])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};hh.prototype.isMatrix3=!0;var ze=hh,ql=new ze,Nf=new ze().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Df=new ze().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Hm(){let s={enabled:!0,workingColorSpace:en,spaces:{},convert:function(i,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===ot&&(i.r=ci(i.r),i.g=ci(i.g),i.b=ci(i.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(i.applyMatrix3(this.spaces[r].toXYZ),i.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===ot&&(i.r=Us(i.r),i.g=Us(i.g),i.b=Us(i.b))),i},workingToColorSpace:function(i,r){return this.convert(i,this.workingColorSpace,r)},colorSpaceToWorking:function(i,r){return this.convert(i,r,this.workingColorSpace)},getPrimaries:function(i){return this.spaces[i].primaries},getTransfer:function(i){return i===vi?Tr:this.spaces[i].transfer},getToneMappingMode:function(i){return this.spaces[i].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(i,r=this.workingColorSpace){return i.fromArray(this.spaces[r].luminanceCoefficients)},define:function(i){Object.assign(this.spaces,i)},_getMatrix:function(i,r,o){return i.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(i){return this.spaces[i].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(i=this.workingColorSpace){return this.spaces[i].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return s.define({[en]:{primaries:e,whitePoint:n,transfer:Tr,toXYZ:Nf,fromXYZ:Df,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:vt},outputColorSpaceConfig:{drawingBufferColorSpace:vt}},[vt]:{primaries:e,whitePoint:n,transfer:ot,toXYZ:Nf,fromXYZ:Df,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:vt}}}),s}var Je=Hm();function ci(s){return s<.04045?s*.0773993808:Math.pow(s*.9478672986+.0521327014,2.4)}function Us(s){return s<.0031308?s*12.92:1.055*Math.pow(s,.41666)-.055}var Ss,oa=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{Ss===void 0&&(Ss=ks("canvas")),Ss.width=e.width,Ss.height=e.height;let i=Ss.getContext("2d");e instanceof ImageData?i.putImageData(e,0,0):i.drawImage(e,0,0,e.width,e.height),n=Ss}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=ks("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let i=n.getImageData(0,0,e.width,e.height),r=i.data;for(let o=0;o<r.length;o++)r[o]=ci(r[o]/255)*255;return n.putImageData(i,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(ci(t[n]/255)*255):t[n]=ci(t[n]);return{data:t,width:e.width,height:e.height}}else return Re("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Wm=0,Vs=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Wm++}),this.uuid=Zn(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},i=this.data;if(i!==null){let r;if(Array.isArray(i)){r=[];for(let o=0,l=i.length;o<l;o++)i[o].isDataTexture?r.push(Yl(i[o].image)):r.push(Yl(i[o]))}else r=Yl(i);n.url=r}return t||(e.images[this.uuid]=n),n}};function Yl(s){return typeof HTMLImageElement<"u"&&s instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&s instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&s instanceof ImageBitmap?oa.getDataURL(s):s.data?{data:Array.from(s.data),width:s.width,height:s.height,type:s.data.constructor.name}:(Re("Texture: Unable to serialize Texture."),{})}var Xm=0,$l=new O,kt=class s extends Hn{constructor(e=s.DEFAULT_IMAGE,t=s.DEFAULT_MAPPING,n=bn,i=bn,r=Pt,o=En,l=An,c=fn,a=s.DEFAULT_ANISOTROPY,h=vi){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Xm++}),this.uuid=Zn(),this.name="",this.source=new Vs(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=i,this.magFilter=r,this.minFilter=o,this.anisotropy=a,this.format=l,this.internalFormat=null,this.type=c,this.offset=new je(0,0),this.repeat=new je(1,1),this.center=new je(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new ze,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize($l).x}get height(){return this.source.getSize($l).y}get depth(){return this.source.getSize($l).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Re(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let i=this[t];if(i===void 0){Re(`Texture.setValues(): property '${t}' does not exist.`);continue}i&&n&&i.isVector2&&n.isVector2||i&&n&&i.isVector3&&n.isVector3||i&&n&&i.isMatrix3&&n.isMatrix3?i.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Vc)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Di:e.x=e.x-Math.floor(e.x);break;case bn:e.x=e.x<0?0:1;break;case Fs:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Di:e.y=e.y-Math.floor(e.y);break;case bn:e.y=e.y<0?0:1;break;case Fs:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};kt.DEFAULT_IMAGE=null;kt.DEFAULT_MAPPING=Vc;kt.DEFAULT_ANISOTROPY=1;var uh=class uh{constructor(e=0,t=0,n=0,i=1){this.x=e,this.y=t,this.z=n,this.w=i}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,i){return this.x=e,this.y=t,this.z=n,this.w=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,i=this.z,r=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*i+o[12]*r,this.y=o[1]*t+o[5]*n+o[9]*i+o[13]*r,this.z=o[2]*t+o[6]*n+o[10]*i+o[14]*r,this.w=o[3]*t+o[7]*n+o[11]*i+o[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,i,r,c=e.elements,a=c[0],h=c[4],f=c[8],u=c[1],d=c[5],m=c[9],S=c[2],p=c[6],g=c[10];if(Math.abs(h-u)<.01&&Math.abs(f-S)<.01&&Math.abs(m-p)<.01){if(Math.abs(h+u)<.1&&Math.abs(f+S)<.1&&Math.abs(m+p)<.1&&Math.abs(a+d+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let A=(a+1)/2,M=(d+1)/2,C=(g+1)/2,R=(h+u)/4,x=(f+S)/4,w=(m+p)/4;return A>M&&A>C?A<.01?(n=0,i=.707106781,r=.707106781):(n=Math.sqrt(A),i=R/n,r=x/n):M>C?M<.01?(n=.707106781,i=0,r=.707106781):(i=Math.sqrt(M),n=R/i,r=w/i):C<.01?(n=.707106781,i=.707106781,r=0):(r=Math.sqrt(C),n=x/r,i=w/r),this.set(n,i,r,t),this}let b=Math.sqrt((p-m)*(p-m)+(f-S)*(f-S)+(u-h)*(u-h));return Math.abs(b)<.001&&(b=1),this.x=(p-m)/b,this.y=(f-S)/b,this.z=(u-h)/b,this.w=Math.acos((a+d+g-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=et(this.x,e.x,t.x),this.y=et(this.y,e.y,t.y),this.z=et(this.z,e.z,t.z),this.w=et(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=et(this.x,e,t),this.y=et(this.y,e,t),this.z=et(this.z,e,t),this.w=et(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(et(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};uh.prototype.isVector4=!0;var ct=uh,aa=class extends Hn{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Pt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new ct(0,0,e,t),this.scissorTest=!1,this.viewport=new ct(0,0,e,t),this.textures=[];let i=n.count;for(let r=0;r<i;r++)this.textures[r]=new kt({width:e,height:t,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Pt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let i=0,r=this.textures.length;i<r;i++)this.textures[i].image.width=e,this.textures[i].image.height=t,this.textures[i].image.depth=n,this.textures[i].isData3DTexture!==!0&&(this.textures[i].isArrayTexture=this.textures[i].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let i=Object.assign({},e.textures[t].image);this.textures[t].source=new Vs(i)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},mn=class extends aa{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Ar=class extends kt{constructor(e=null,t=1,n=1,i=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:i},this.magFilter=St,this.minFilter=St,this.wrapR=bn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var la=class extends kt{constructor(e=null,t=1,n=1,i=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:i},this.magFilter=St,this.minFilter=St,this.wrapR=bn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var ba=class ba{constructor(e,t,n,i,r,o,l,c,a,h,f,u,d,m,S,p){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,i,r,o,l,c,a,h,f,u,d,m,S,p)}set(e,t,n,i,r,o,l,c,a,h,f,u,d,m,S,p){let g=this.elements;return g[0]=e,g[4]=t,g[8]=n,g[12]=i,g[1]=r,g[5]=o,g[9]=l,g[13]=c,g[2]=a,g[6]=h,g[10]=f,g[14]=u,g[3]=d,g[7]=m,g[11]=S,g[15]=p,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new ba().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,i=1/Ms.setFromMatrixColumn(e,0).length(),r=1/Ms.setFromMatrixColumn(e,1).length(),o=1/Ms.setFromMatrixColumn(e,2).length();return t[0]=n[0]*i,t[1]=n[1]*i,t[2]=n[2]*i,t[3]=0,t[4]=n[4]*r,t[5]=n[5]*r,t[6]=n[6]*r,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,i=e.y,r=e.z,o=Math.cos(n),l=Math.sin(n),c=Math.cos(i),a=Math.sin(i),h=Math.cos(r),f=Math.sin(r);if(e.order==="XYZ"){let u=o*h,d=o*f,m=l*h,S=l*f;t[0]=c*h,t[4]=-c*f,t[8]=a,t[1]=d+m*a,t[5]=u-S*a,t[9]=-l*c,t[2]=S-u*a,t[6]=m+d*a,t[10]=o*c}else if(e.order==="YXZ"){let u=c*h,d=c*f,m=a*h,S=a*f;t[0]=u+S*l,t[4]=m*l-d,t[8]=o*a,t[1]=o*f,t[5]=o*h,t[9]=-l,t[2]=d*l-m,t[6]=S+u*l,t[10]=o*c}else if(e.order==="ZXY"){let u=c*h,d=c*f,m=a*h,S=a*f;t[0]=u-S*l,t[4]=-o*f,t[8]=m+d*l,t[1]=d+m*l,t[5]=o*h,t[9]=S-u*l,t[2]=-o*a,t[6]=l,t[10]=o*c}else if(e.order==="ZYX"){let u=o*h,d=o*f,m=l*h,S=l*f;t[0]=c*h,t[4]=m*a-d,t[8]=u*a+S,t[1]=c*f,t[5]=S*a+u,t[9]=d*a-m,t[2]=-a,t[6]=l*c,t[10]=o*c}else if(e.order==="YZX"){let u=o*c,d=o*a,m=l*c,S=l*a;t[0]=c*h,t[4]=S-u*f,t[8]=m*f+d,t[1]=f,t[5]=o*h,t[9]=-l*h,t[2]=-a*h,t[6]=d*f+m,t[10]=u-S*f}else if(e.order==="XZY"){let u=o*c,d=o*a,m=l*c,S=l*a;t[0]=c*h,t[4]=-f,t[8]=a*h,t[1]=u*f+S,t[5]=o*h,t[9]=d*f-m,t[2]=m*f-d,t[6]=l*h,t[10]=S*f+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(qm,e,Ym)}lookAt(e,t,n){let i=this.elements;return dn.subVectors(e,t),dn.lengthSq()===0&&(dn.z=1),dn.normalize(),Ai.crossVectors(n,dn),Ai.lengthSq()===0&&(Math.abs(n.z)===1?dn.x+=1e-4:dn.z+=1e-4,dn.normalize(),Ai.crossVectors(n,dn)),Ai.normalize(),Eo.crossVectors(dn,Ai),i[0]=Ai.x,i[4]=Eo.x,i[8]=dn.x,i[1]=Ai.y,i[5]=Eo.y,i[9]=dn.y,i[2]=Ai.z,i[6]=Eo.z,i[10]=dn.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,i=t.elements,r=this.elements,o=n[0],l=n[4],c=n[8],a=n[12],h=n[1],f=n[5],u=n[9],d=n[13],m=n[2],S=n[6],p=n[10],g=n[14],b=n[3],A=n[7],M=n[11],C=n[15],R=i[0],x=i[4],w=i[8],k=i[12],D=i[1],E=i[5],X=i[9],I=i[13],_=i[2],L=i[6],G=i[10],F=i[14],ee=i[3],H=i[7],Z=i[11],ne=i[15];return r[0]=o*R+l*D+c*_+a*ee,r[4]=o*x+l*E+c*L+a*H,r[8]=o*w+l*X+c*G+a*Z,r[12]=o*k+l*I+c*F+a*ne,r[1]=h*R+f*D+u*_+d*ee,r[5]=h*x+f*E+u*L+d*H,r[9]=h*w+f*X+u*G+d*Z,r[13]=h*k+f*I+u*F+d*ne,r[2]=m*R+S*D+p*_+g*ee,r[6]=m*x+S*E+p*L+g*H,r[10]=m*w+S*X+p*G+g*Z,r[14]=m*k+S*I+p*F+g*ne,r[3]=b*R+A*D+M*_+C*ee,r[7]=b*x+A*E+M*L+C*H,r[11]=b*w+A*X+M*G+C*Z,r[15]=b*k+A*I+M*F+C*ne,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],i=e[8],r=e[12],o=e[1],l=e[5],c=e[9],a=e[13],h=e[2],f=e[6],u=e[10],d=e[14],m=e[3],S=e[7],p=e[11],g=e[15],b=c*d-a*u,A=l*d-a*f,M=l*u-c*f,C=o*d-a*h,R=o*u-c*h,x=o*f-l*h;return t*(S*b-p*A+g*M)-n*(m*b-p*C+g*R)+i*(m*A-S*C+g*x)-r*(m*M-S*R+p*x)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],i=e[8],r=e[1],o=e[5],l=e[9],c=e[2],a=e[6],h=e[10];return t*(o*h-l*a)-n*(r*h-l*c)+i*(r*a-o*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let i=this.elements;return e.isVector3?(i[12]=e.x,i[13]=e.y,i[14]=e.z):(i[12]=e,i[13]=t,i[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],i=e[2],r=e[3],o=e[4],l=e[5],c=e[6],a=e[7],h=e[8],f=e[9],u=e[10],d=e[11],m=e[12],S=e[13],p=e[14],g=e[15],b=t*l-n*o,A=t*c-i*o,M=t*a-r*o,C=n*c-i*l,R=n*a-r*l,x=i*a-r*c,w=h*S-f*m,k=h*p-u*m,D=h*g-d*m,E=f*p-u*S,X=f*g-d*S,I=u*g-d*p,_=b*I-A*X+M*E+C*D-R*k+x*w;if(_===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let L=1/_;return e[0]=(l*I-c*X+a*E)*L,e[1]=(i*X-n*I-r*E)*L,e[2]=(S*x-p*R+g*C)*L,e[3]=(u*R-f*x-d*C)*L,e[4]=(c*D-o*I-a*k)*L,e[5]=(t*I-i*D+r*k)*L,e[6]=(p*M-m*x-g*A)*L,e[7]=(h*x-u*M+d*A)*L,e[8]=(o*X-l*D+a*w)*L,e[9]=(n*D-t*X-r*w)*L,e[10]=(m*R-S*M+g*b)*L,e[11]=(f*M-h*R-d*b)*L,e[12]=(l*k-o*E-c*w)*L,e[13]=(t*E-n*k+i*w)*L,e[14]=(S*A-m*C-p*b)*L,e[15]=(h*C-f*A+u*b)*L,this}scale(e){let t=this.elements,n=e.x,i=e.y,r=e.z;return t[0]*=n,t[4]*=i,t[8]*=r,t[1]*=n,t[5]*=i,t[9]*=r,t[2]*=n,t[6]*=i,t[10]*=r,t[3]*=n,t[7]*=i,t[11]*=r,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],i=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,i))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),i=Math.sin(t),r=1-n,o=e.x,l=e.y,c=e.z,a=r*o,h=r*l;return this.set(a*o+n,a*l-i*c,a*c+i*l,0,a*l+i*c,h*l+n,h*c-i*o,0,a*c-i*l,h*c+i*o,r*c*c+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,i,r,o){return this.set(1,n,r,0,e,1,o,0,t,i,1,0,0,0,0,1),this}compose(e,t,n){let i=this.elements,r=t._x,o=t._y,l=t._z,c=t._w,a=r+r,h=o+o,f=l+l,u=r*a,d=r*h,m=r*f,S=o*h,p=o*f,g=l*f,b=c*a,A=c*h,M=c*f,C=n.x,R=n.y,x=n.z;return i[0]=(1-(S+g))*C,i[1]=(d+M)*C,i[2]=(m-A)*C,i[3]=0,i[4]=(d-M)*R,i[5]=(1-(u+g))*R,i[6]=(p+b)*R,i[7]=0,i[8]=(m+A)*x,i[9]=(p-b)*x,i[10]=(1-(u+S))*x,i[11]=0,i[12]=e.x,i[13]=e.y,i[14]=e.z,i[15]=1,this}decompose(e,t,n){let i=this.elements;e.x=i[12],e.y=i[13],e.z=i[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),t.identity(),this;let o=Ms.set(i[0],i[1],i[2]).length(),l=Ms.set(i[4],i[5],i[6]).length(),c=Ms.set(i[8],i[9],i[10]).length();r<0&&(o=-o),Ln.copy(this);let a=1/o,h=1/l,f=1/c;return Ln.elements[0]*=a,Ln.elements[1]*=a,Ln.elements[2]*=a,Ln.elements[4]*=h,Ln.elements[5]*=h,Ln.elements[6]*=h,Ln.elements[8]*=f,Ln.elements[9]*=f,Ln.elements[10]*=f,t.setFromRotationMatrix(Ln),n.x=o,n.y=l,n.z=c,this}makePerspective(e,t,n,i,r,o,l=wn,c=!1){let a=this.elements,h=2*r/(t-e),f=2*r/(n-i),u=(t+e)/(t-e),d=(n+i)/(n-i),m,S;if(c)m=r/(o-r),S=o*r/(o-r);else if(l===wn)m=-(o+r)/(o-r),S=-2*o*r/(o-r);else if(l===Bs)m=-o/(o-r),S=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+l);return a[0]=h,a[4]=0,a[8]=u,a[12]=0,a[1]=0,a[5]=f,a[9]=d,a[13]=0,a[2]=0,a[6]=0,a[10]=m,a[14]=S,a[3]=0,a[7]=0,a[11]=-1,a[15]=0,this}makeOrthographic(e,t,n,i,r,o,l=wn,c=!1){let a=this.elements,h=2/(t-e),f=2/(n-i),u=-(t+e)/(t-e),d=-(n+i)/(n-i),m,S;if(c)m=1/(o-r),S=o/(o-r);else if(l===wn)m=-2/(o-r),S=-(o+r)/(o-r);else if(l===Bs)m=-1/(o-r),S=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+l);return a[0]=h,a[4]=0,a[8]=0,a[12]=u,a[1]=0,a[5]=f,a[9]=0,a[13]=d,a[2]=0,a[6]=0,a[10]=m,a[14]=S,a[3]=0,a[7]=0,a[11]=0,a[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let i=0;i<16;i++)if(t[i]!==n[i])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};ba.prototype.isMatrix4=!0;var Xe=ba,Ms=new O,Ln=new Xe,qm=new O(0,0,0),Ym=new O(1,1,1),Ai=new O,Eo=new O,dn=new O,Uf=new Xe,Of=new tn,ui=class s{constructor(e=0,t=0,n=0,i=s.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=i}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,i=this._order){return this._x=e,this._y=t,this._z=n,this._order=i,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let i=e.elements,r=i[0],o=i[4],l=i[8],c=i[1],a=i[5],h=i[9],f=i[2],u=i[6],d=i[10];switch(t){case"XYZ":this._y=Math.asin(et(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(u,a),this._z=0);break;case"YXZ":this._x=Math.asin(-et(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(l,d),this._z=Math.atan2(c,a)):(this._y=Math.atan2(-f,r),this._z=0);break;case"ZXY":this._x=Math.asin(et(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-f,d),this._z=Math.atan2(-o,a)):(this._y=0,this._z=Math.atan2(c,r));break;case"ZYX":this._y=Math.asin(-et(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(u,d),this._z=Math.atan2(c,r)):(this._x=0,this._z=Math.atan2(-o,a));break;case"YZX":this._z=Math.asin(et(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-h,a),this._y=Math.atan2(-f,r)):(this._x=0,this._y=Math.atan2(l,d));break;case"XZY":this._z=Math.asin(-et(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(u,a),this._y=Math.atan2(l,r)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Re("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Uf.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Uf,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Of.setFromEuler(this),this.setFromQuaternion(Of,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};ui.DEFAULT_ORDER="XYZ";var Rr=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},$m=0,Ff=new O,bs=new tn,ii=new Xe,Ao=new O,pr=new O,Km=new O,Zm=new tn,Bf=new O(1,0,0),kf=new O(0,1,0),zf=new O(0,0,1),Vf={type:"added"},Jm={type:"removed"},ws={type:"childadded",child:null},Kl={type:"childremoved",child:null},gt=class s extends Hn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:$m++}),this.uuid=Zn(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=s.DEFAULT_UP.clone();let e=new O,t=new ui,n=new tn,i=new O(1,1,1);function r(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:i},modelViewMatrix:{value:new Xe},normalMatrix:{value:new ze}}),this.matrix=new Xe,this.matrixWorld=new Xe,this.matrixAutoUpdate=s.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=s.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Rr,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return bs.setFromAxisAngle(e,t),this.quaternion.multiply(bs),this}rotateOnWorldAxis(e,t){return bs.setFromAxisAngle(e,t),this.quaternion.premultiply(bs),this}rotateX(e){return this.rotateOnAxis(Bf,e)}rotateY(e){return this.rotateOnAxis(kf,e)}rotateZ(e){return this.rotateOnAxis(zf,e)}translateOnAxis(e,t){return Ff.copy(e).applyQuaternion(this.quaternion),this.position.add(Ff.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Bf,e)}translateY(e){return this.translateOnAxis(kf,e)}translateZ(e){return this.translateOnAxis(zf,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(ii.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?Ao.copy(e):Ao.set(e,t,n);let i=this.parent;this.updateWorldMatrix(!0,!1),pr.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?ii.lookAt(pr,Ao,this.up):ii.lookAt(Ao,pr,this.up),this.quaternion.setFromRotationMatrix(ii),i&&(ii.extractRotation(i.matrixWorld),bs.setFromRotationMatrix(ii),this.quaternion.premultiply(bs.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(ke("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Vf),ws.child=e,this.dispatchEvent(ws),ws.child=null):ke("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Jm),Kl.child=e,this.dispatchEvent(Kl),Kl.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),ii.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),ii.multiply(e.parent.matrixWorld)),e.applyMatrix4(ii),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Vf),ws.child=e,this.dispatchEvent(ws),ws.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,i=this.children.length;n<i;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let i=this.children;for(let r=0,o=i.length;r<o;r++)i[r].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(pr,e,Km),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(pr,Zm,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,i=t.length;n<i;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,i=t.length;n<i;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,i=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*n-r[8]*i,r[13]+=n-r[1]*t-r[5]*n-r[9]*i,r[14]+=i-r[2]*t-r[6]*n-r[10]*i}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,i=t.length;n<i;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let i=this.parent;if(e===!0&&i!==null&&i.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let r=this.children;for(let o=0,l=r.length;o<l;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let i={};i.uuid=this.uuid,i.type=this.type,i.name=this.name,i.castShadow=this.castShadow,i.receiveShadow=this.receiveShadow,i.visible=this.visible,i.frustumCulled=this.frustumCulled,i.renderOrder=this.renderOrder,i.static=this.static,i.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(i.userData=this.userData),i.layers=this.layers.mask,i.matrix=this.matrix.toArray(),i.up=this.up.toArray(),this.pivot!==null&&(i.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(i.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(i.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(i.type="InstancedMesh",i.count=this.count,i.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(i.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(i.type="BatchedMesh",i.perObjectFrustumCulled=this.perObjectFrustumCulled,i.sortObjects=this.sortObjects,i.drawRanges=this._drawRanges,i.reservedRanges=this._reservedRanges,i.geometryInfo=this._geometryInfo.map(l=>({...l,boundingBox:l.boundingBox?l.boundingBox.toJSON():void 0,boundingSphere:l.boundingSphere?l.boundingSphere.toJSON():void 0})),i.instanceInfo=this._instanceInfo.map(l=>({...l})),i.availableInstanceIds=this._availableInstanceIds.slice(),i.availableGeometryIds=this._availableGeometryIds.slice(),i.nextIndexStart=this._nextIndexStart,i.nextVertexStart=this._nextVertexStart,i.geometryCount=this._geometryCount,i.maxInstanceCount=this._maxInstanceCount,i.maxVertexCount=this._maxVertexCount,i.maxIndexCount=this._maxIndexCount,i.geometryInitialized=this._geometryInitialized,i.matricesTexture=this._matricesTexture.toJSON(e),i.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(i.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(i.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(i.boundingBox=this.boundingBox.toJSON()));function r(l,c){return l[c.uuid]===void 0&&(l[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?i.background=this.background.toJSON():this.background.isTexture&&(i.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(i.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){i.geometry=r(e.geometries,this.geometry);let l=this.geometry.parameters;if(l!==void 0&&l.shapes!==void 0){let c=l.shapes;if(Array.isArray(c))for(let a=0,h=c.length;a<h;a++){let f=c[a];r(e.shapes,f)}else r(e.shapes,c)}}if(this.isSkinnedMesh&&(i.bindMode=this.bindMode,i.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),i.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let l=[];for(let c=0,a=this.material.length;c<a;c++)l.push(r(e.materials,this.material[c]));i.material=l}else i.material=r(e.materials,this.material);if(this.children.length>0){i.children=[];for(let l=0;l<this.children.length;l++)i.children.push(this.children[l].toJSON(e).object)}if(this.animations.length>0){i.animations=[];for(let l=0;l<this.animations.length;l++){let c=this.animations[l];i.animations.push(r(e.animations,c))}}if(t){let l=o(e.geometries),c=o(e.materials),a=o(e.textures),h=o(e.images),f=o(e.shapes),u=o(e.skeletons),d=o(e.animations),m=o(e.nodes);l.length>0&&(n.geometries=l),c.length>0&&(n.materials=c),a.length>0&&(n.textures=a),h.length>0&&(n.images=h),f.length>0&&(n.shapes=f),u.length>0&&(n.skeletons=u),d.length>0&&(n.animations=d),m.length>0&&(n.nodes=m)}return n.object=i,n;function o(l){let c=[];for(let a in l){let h=l[a];delete h.metadata,c.push(h)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let i=e.children[n];this.add(i.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};gt.DEFAULT_UP=new O(0,1,0);gt.DEFAULT_MATRIX_AUTO_UPDATE=!0;gt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var On=class extends gt{constructor(){super(),this.isGroup=!0,this.type="Group"}},jm={type:"move"},Gs=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new On,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new On,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new O,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new O),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new On,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new O,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new O,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let i=null,r=null,o=null,l=this._targetRay,c=this._grip,a=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(a&&e.hand){o=!0;for(let S of e.hand.values()){let p=t.getJointPose(S,n),g=this._getHandJoint(a,S);p!==null&&(g.matrix.fromArray(p.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=p.radius),g.visible=p!==null}let h=a.joints["index-finger-tip"],f=a.joints["thumb-tip"],u=h.position.distanceTo(f.position),d=.02,m=.005;a.inputState.pinching&&u>d+m?(a.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!a.inputState.pinching&&u<=d-m&&(a.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,n),r!==null&&(c.matrix.fromArray(r.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,r.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(r.linearVelocity)):c.hasLinearVelocity=!1,r.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(r.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));l!==null&&(i=t.getPose(e.targetRaySpace,n),i===null&&r!==null&&(i=r),i!==null&&(l.matrix.fromArray(i.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,i.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(i.linearVelocity)):l.hasLinearVelocity=!1,i.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(i.angularVelocity)):l.hasAngularVelocity=!1,this.dispatchEvent(jm)))}return l!==null&&(l.visible=i!==null),c!==null&&(c.visible=r!==null),a!==null&&(a.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new On;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},Qd={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ri={h:0,s:0,l:0},Ro={h:0,s:0,l:0};function Zl(s,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?s+(e-s)*6*t:t<1/2?e:t<2/3?s+(e-s)*6*(2/3-t):s}var Oe=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let i=e;i&&i.isColor?this.copy(i):typeof i=="number"?this.setHex(i):typeof i=="string"&&this.setStyle(i)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=vt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Je.colorSpaceToWorking(this,t),this}setRGB(e,t,n,i=Je.workingColorSpace){return this.r=e,this.g=t,this.b=n,Je.colorSpaceToWorking(this,i),this}setHSL(e,t,n,i=Je.workingColorSpace){if(e=eh(e,1),t=et(t,0,1),n=et(n,0,1),t===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+t):n+t-n*t,o=2*n-r;this.r=Zl(o,r,e+1/3),this.g=Zl(o,r,e),this.b=Zl(o,r,e-1/3)}return Je.colorSpaceToWorking(this,i),this}setStyle(e,t=vt){function n(r){r!==void 0&&parseFloat(r)<1&&Re("Color: Alpha component of "+e+" will be ignored.")}let i;if(i=/^(\w+)\(([^\)]*)\)/.exec(e)){let r,o=i[1],l=i[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(l))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(l))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(l))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:Re("Color: Unknown color model "+e)}}else if(i=/^\#([A-Fa-f\d]+)$/.exec(e)){let r=i[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(r,16),t);Re("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=vt){let n=Qd[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Re("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=ci(e.r),this.g=ci(e.g),this.b=ci(e.b),this}copyLinearToSRGB(e){return this.r=Us(e.r),this.g=Us(e.g),this.b=Us(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=vt){return Je.workingToColorSpace(Kt.copy(this),e),Math.round(et(Kt.r*255,0,255))*65536+Math.round(et(Kt.g*255,0,255))*256+Math.round(et(Kt.b*255,0,255))}getHexString(e=vt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Je.workingColorSpace){Je.workingToColorSpace(Kt.copy(this),t);let n=Kt.r,i=Kt.g,r=Kt.b,o=Math.max(n,i,r),l=Math.min(n,i,r),c,a,h=(l+o)/2;if(l===o)c=0,a=0;else{let f=o-l;switch(a=h<=.5?f/(o+l):f/(2-o-l),o){case n:c=(i-r)/f+(i<r?6:0);break;case i:c=(r-n)/f+2;break;case r:c=(n-i)/f+4;break}c/=6}return e.h=c,e.s=a,e.l=h,e}getRGB(e,t=Je.workingColorSpace){return Je.workingToColorSpace(Kt.copy(this),t),e.r=Kt.r,e.g=Kt.g,e.b=Kt.b,e}getStyle(e=vt){Je.workingToColorSpace(Kt.copy(this),e);let t=Kt.r,n=Kt.g,i=Kt.b;return e!==vt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${i.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(i*255)})`}offsetHSL(e,t,n){return this.getHSL(Ri),this.setHSL(Ri.h+e,Ri.s+t,Ri.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(Ri),e.getHSL(Ro);let n=wr(Ri.h,Ro.h,t),i=wr(Ri.s,Ro.s,t),r=wr(Ri.l,Ro.l,t);return this.setHSL(n,i,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,i=this.b,r=e.elements;return this.r=r[0]*t+r[3]*n+r[6]*i,this.g=r[1]*t+r[4]*n+r[7]*i,this.b=r[2]*t+r[5]*n+r[8]*i,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Kt=new Oe;Oe.NAMES=Qd;var Cr=class extends gt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new ui,this.environmentIntensity=1,this.environmentRotation=new ui,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Nn=new O,si=new O,Jl=new O,ri=new O,Ts=new O,Es=new O,Gf=new O,jl=new O,Ql=new O,ec=new O,tc=new ct,nc=new ct,ic=new ct,Ni=class s{constructor(e=new O,t=new O,n=new O){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,i){i.subVectors(n,t),Nn.subVectors(e,t),i.cross(Nn);let r=i.lengthSq();return r>0?i.multiplyScalar(1/Math.sqrt(r)):i.set(0,0,0)}static getBarycoord(e,t,n,i,r){Nn.subVectors(i,t),si.subVectors(n,t),Jl.subVectors(e,t);let o=Nn.dot(Nn),l=Nn.dot(si),c=Nn.dot(Jl),a=si.dot(si),h=si.dot(Jl),f=o*a-l*l;if(f===0)return r.set(0,0,0),null;let u=1/f,d=(a*c-l*h)*u,m=(o*h-l*c)*u;return r.set(1-d-m,m,d)}static containsPoint(e,t,n,i){return this.getBarycoord(e,t,n,i,ri)===null?!1:ri.x>=0&&ri.y>=0&&ri.x+ri.y<=1}static getInterpolation(e,t,n,i,r,o,l,c){return this.getBarycoord(e,t,n,i,ri)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(r,ri.x),c.addScaledVector(o,ri.y),c.addScaledVector(l,ri.z),c)}static getInterpolatedAttribute(e,t,n,i,r,o){return tc.setScalar(0),nc.setScalar(0),ic.setScalar(0),tc.fromBufferAttribute(e,t),nc.fromBufferAttribute(e,n),ic.fromBufferAttribute(e,i),o.setScalar(0),o.addScaledVector(tc,r.x),o.addScaledVector(nc,r.y),o.addScaledVector(ic,r.z),o}static isFrontFacing(e,t,n,i){return Nn.subVectors(n,t),si.subVectors(e,t),Nn.cross(si).dot(i)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,i){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[i]),this}setFromAttributeAndIndices(e,t,n,i){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,i),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Nn.subVectors(this.c,this.b),si.subVectors(this.a,this.b),Nn.cross(si).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return s.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return s.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,i,r){return s.getInterpolation(e,this.a,this.b,this.c,t,n,i,r)}containsPoint(e){return s.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return s.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,i=this.b,r=this.c,o,l;Ts.subVectors(i,n),Es.subVectors(r,n),jl.subVectors(e,n);let c=Ts.dot(jl),a=Es.dot(jl);if(c<=0&&a<=0)return t.copy(n);Ql.subVectors(e,i);let h=Ts.dot(Ql),f=Es.dot(Ql);if(h>=0&&f<=h)return t.copy(i);let u=c*f-h*a;if(u<=0&&c>=0&&h<=0&&c-h>0)return o=c/(c-h),t.copy(n).addScaledVector(Ts,o);ec.subVectors(e,r);let d=Ts.dot(ec),m=Es.dot(ec);if(m>=0&&d<=m)return t.copy(r);let S=d*a-c*m;if(S<=0&&a>=0&&m<=0)return l=a/(a-m),t.copy(n).addScaledVector(Es,l);let p=h*m-d*f;if(p<=0&&f-h>=0&&d-m>=0)return Gf.subVectors(r,i),l=(f-h)/(f-h+(d-m)),t.copy(i).addScaledVector(Gf,l);let g=1/(p+S+u);return o=S*g,l=u*g,t.copy(n).addScaledVector(Ts,o).addScaledVector(Es,l)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},nn=class{constructor(e=new O(1/0,1/0,1/0),t=new O(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(Dn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(Dn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=Dn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let r=n.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,l=r.count;o<l;o++)e.isMesh===!0?e.getVertexPosition(o,Dn):Dn.fromBufferAttribute(r,o),Dn.applyMatrix4(e.matrixWorld),this.expandByPoint(Dn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Co.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Co.copy(n.boundingBox)),Co.applyMatrix4(e.matrixWorld),this.union(Co)}let i=e.children;for(let r=0,o=i.length;r<o;r++)this.expandByObject(i[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Dn),Dn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(mr),Io.subVectors(this.max,mr),As.subVectors(e.a,mr),Rs.subVectors(e.b,mr),Cs.subVectors(e.c,mr),Ci.subVectors(Rs,As),Ii.subVectors(Cs,Rs),qi.subVectors(As,Cs);let t=[0,-Ci.z,Ci.y,0,-Ii.z,Ii.y,0,-qi.z,qi.y,Ci.z,0,-Ci.x,Ii.z,0,-Ii.x,qi.z,0,-qi.x,-Ci.y,Ci.x,0,-Ii.y,Ii.x,0,-qi.y,qi.x,0];return!sc(t,As,Rs,Cs,Io)||(t=[1,0,0,0,1,0,0,0,1],!sc(t,As,Rs,Cs,Io))?!1:(Po.crossVectors(Ci,Ii),t=[Po.x,Po.y,Po.z],sc(t,As,Rs,Cs,Io))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Dn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Dn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(oi[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),oi[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),oi[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),oi[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),oi[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),oi[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),oi[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),oi[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(oi),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},oi=[new O,new O,new O,new O,new O,new O,new O,new O],Dn=new O,Co=new nn,As=new O,Rs=new O,Cs=new O,Ci=new O,Ii=new O,qi=new O,mr=new O,Io=new O,Po=new O,Yi=new O;function sc(s,e,t,n,i){for(let r=0,o=s.length-3;r<=o;r+=3){Yi.fromArray(s,r);let l=i.x*Math.abs(Yi.x)+i.y*Math.abs(Yi.y)+i.z*Math.abs(Yi.z),c=e.dot(Yi),a=t.dot(Yi),h=n.dot(Yi);if(Math.max(-Math.max(c,a,h),Math.min(c,a,h))>l)return!1}return!0}var Tt=new O,Lo=new je,Qm=0,Ht=class extends Hn{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Qm++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=jc,this.updateRanges=[],this.gpuType=gn,this.version=0,this._normalizationScale=e!==void 0?ul(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let i=0,r=this.itemSize;i<r;i++)this.array[e+i]=t.array[n+i];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Lo.fromBufferAttribute(this,t),Lo.applyMatrix3(e),this.setXY(t,Lo.x,Lo.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)Tt.fromBufferAttribute(this,t),Tt.applyMatrix3(e),this.setXYZ(t,Tt.x,Tt.y,Tt.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)Tt.fromBufferAttribute(this,t),Tt.applyMatrix4(e),this.setXYZ(t,Tt.x,Tt.y,Tt.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)Tt.fromBufferAttribute(this,t),Tt.applyNormalMatrix(e),this.setXYZ(t,Tt.x,Tt.y,Tt.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)Tt.fromBufferAttribute(this,t),Tt.transformDirection(e),this.setXYZ(t,Tt.x,Tt.y,Tt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=i,this}setXYZW(e,t,n,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=i,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):nh(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):ih(e,this.array)}};var Ir=class extends Ht{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Pr=class extends Ht{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var Qt=class extends Ht{constructor(e,t,n){super(new Float32Array(e),t,n)}},eg=new nn,gr=new O,rc=new O,ln=class{constructor(e=new O,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):eg.setFromPoints(e).getCenter(n);let i=0;for(let r=0,o=e.length;r<o;r++)i=Math.max(i,n.distanceToSquared(e[r]));return this.radius=Math.sqrt(i),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;gr.subVectors(e,this.center);let t=gr.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),i=(n-this.radius)*.5;this.center.addScaledVector(gr,i/n),this.radius+=i}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(rc.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(gr.copy(e.center).add(rc)),this.expandByPoint(gr.copy(e.center).sub(rc))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},tg=0,Mn=new Xe,oc=new gt,Is=new O,pn=new nn,_r=new nn,Bt=new O,cn=class s extends Hn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:tg++}),this.uuid=Zn(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Em(e)?Pr:Ir)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new ze().getNormalMatrix(e);n.applyNormalMatrix(r),n.needsUpdate=!0}let i=this.attributes.tangent;return i!==void 0&&(i.transformDirection(e),i.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Mn.makeRotationFromQuaternion(e),this.applyMatrix4(Mn),this}rotateX(e){return Mn.makeRotationX(e),this.applyMatrix4(Mn),this}rotateY(e){return Mn.makeRotationY(e),this.applyMatrix4(Mn),this}rotateZ(e){return Mn.makeRotationZ(e),this.applyMatrix4(Mn),this}translate(e,t,n){return Mn.makeTranslation(e,t,n),this.applyMatrix4(Mn),this}scale(e,t,n){return Mn.makeScale(e,t,n),this.applyMatrix4(Mn),this}lookAt(e){return oc.lookAt(e),oc.updateMatrix(),this.applyMatrix4(oc.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Is).negate(),this.translate(Is.x,Is.y,Is.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let i=0,r=e.length;i<r;i++){let o=e[i];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Qt(n,3))}else{let n=Math.min(e.length,t.count);for(let i=0;i<n;i++){let r=e[i];t.setXYZ(i,r.x,r.y,r.z||0)}e.length>t.count&&Re("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new nn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){ke("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new O(-1/0,-1/0,-1/0),new O(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,i=t.length;n<i;n++){let r=t[n];pn.setFromBufferAttribute(r),this.morphTargetsRelative?(Bt.addVectors(this.boundingBox.min,pn.min),this.boundingBox.expandByPoint(Bt),Bt.addVectors(this.boundingBox.max,pn.max),this.boundingBox.expandByPoint(Bt)):(this.boundingBox.expandByPoint(pn.min),this.boundingBox.expandByPoint(pn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&ke('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new ln);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){ke("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new O,1/0);return}if(e){let n=this.boundingSphere.center;if(pn.setFromBufferAttribute(e),t)for(let r=0,o=t.length;r<o;r++){let l=t[r];_r.setFromBufferAttribute(l),this.morphTargetsRelative?(Bt.addVectors(pn.min,_r.min),pn.expandByPoint(Bt),Bt.addVectors(pn.max,_r.max),pn.expandByPoint(Bt)):(pn.expandByPoint(_r.min),pn.expandByPoint(_r.max))}pn.getCenter(n);let i=0;for(let r=0,o=e.count;r<o;r++)Bt.fromBufferAttribute(e,r),i=Math.max(i,n.distanceToSquared(Bt));if(t)for(let r=0,o=t.length;r<o;r++){let l=t[r],c=this.morphTargetsRelative;for(let a=0,h=l.count;a<h;a++)Bt.fromBufferAttribute(l,a),c&&(Is.fromBufferAttribute(e,a),Bt.add(Is)),i=Math.max(i,n.distanceToSquared(Bt))}this.boundingSphere.radius=Math.sqrt(i),isNaN(this.boundingSphere.radius)&&ke('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){ke("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,i=t.normal,r=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Ht(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let l=[],c=[],a=new Uint8Array(n.count);for(let k=0;k<n.count;k++)l[k]=new O,c[k]=new O;let h=new O,f=new O,u=new O,d=new je,m=new je,S=new je,p=new O,g=new O;function b(k,D,E){a[k]=a[D]=a[E]=1,h.fromBufferAttribute(n,k),f.fromBufferAttribute(n,D),u.fromBufferAttribute(n,E),d.fromBufferAttribute(r,k),m.fromBufferAttribute(r,D),S.fromBufferAttribute(r,E),f.sub(h),u.sub(h),m.sub(d),S.sub(d);let X=1/(m.x*S.y-S.x*m.y);isFinite(X)&&(p.copy(f).multiplyScalar(S.y).addScaledVector(u,-m.y).multiplyScalar(X),g.copy(u).multiplyScalar(m.x).addScaledVector(f,-S.x).multiplyScalar(X),l[k].add(p),l[D].add(p),l[E].add(p),c[k].add(g),c[D].add(g),c[E].add(g))}let A=this.groups;A.length===0&&(A=[{start:0,count:e.count}]);for(let k=0,D=A.length;k<D;++k){let E=A[k],X=E.start,I=E.count;for(let _=X,L=X+I;_<L;_+=3)b(e.getX(_+0),e.getX(_+1),e.getX(_+2))}let M=new O,C=new O,R=new O,x=new O;function w(k){R.fromBufferAttribute(i,k),x.copy(R);let D=l[k];M.copy(D),M.sub(R.multiplyScalar(R.dot(D))).normalize(),C.crossVectors(x,D);let X=C.dot(c[k])<0?-1:1;o.setXYZW(k,M.x,M.y,M.z,X)}for(let k=0,D=n.count;k<D;++k)a[k]&&w(k);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new Ht(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let u=0,d=n.count;u<d;u++)n.setXYZ(u,0,0,0);let i=new O,r=new O,o=new O,l=new O,c=new O,a=new O,h=new O,f=new O;if(e)for(let u=0,d=e.count;u<d;u+=3){let m=e.getX(u+0),S=e.getX(u+1),p=e.getX(u+2);i.fromBufferAttribute(t,m),r.fromBufferAttribute(t,S),o.fromBufferAttribute(t,p),h.subVectors(o,r),f.subVectors(i,r),h.cross(f),l.fromBufferAttribute(n,m),c.fromBufferAttribute(n,S),a.fromBufferAttribute(n,p),l.add(h),c.add(h),a.add(h),n.setXYZ(m,l.x,l.y,l.z),n.setXYZ(S,c.x,c.y,c.z),n.setXYZ(p,a.x,a.y,a.z)}else for(let u=0,d=t.count;u<d;u+=3)i.fromBufferAttribute(t,u+0),r.fromBufferAttribute(t,u+1),o.fromBufferAttribute(t,u+2),h.subVectors(o,r),f.subVectors(i,r),h.cross(f),n.setXYZ(u+0,h.x,h.y,h.z),n.setXYZ(u+1,h.x,h.y,h.z),n.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Bt.fromBufferAttribute(e,t),Bt.normalize(),e.setXYZ(t,Bt.x,Bt.y,Bt.z)}toNonIndexed(){function e(l,c){let a=l.array,h=l.itemSize,f=l.normalized,u=new a.constructor(c.length*h),d=0,m=0;for(let S=0,p=c.length;S<p;S++){l.isInterleavedBufferAttribute?d=c[S]*l.data.stride+l.offset:d=c[S]*h;for(let g=0;g<h;g++)u[m++]=a[d++]}return new Ht(u,h,f)}if(this.index===null)return Re("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new s,n=this.index.array,i=this.attributes;for(let l in i){let c=i[l],a=e(c,n);t.setAttribute(l,a)}let r=this.morphAttributes;for(let l in r){let c=[],a=r[l];for(let h=0,f=a.length;h<f;h++){let u=a[h],d=e(u,n);c.push(d)}t.morphAttributes[l]=c}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let l=0,c=o.length;l<c;l++){let a=o[l];t.addGroup(a.start,a.count,a.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let a in c)c[a]!==void 0&&(e[a]=c[a]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let c in n){let a=n[c];e.data.attributes[c]=a.toJSON(e.data)}let i={},r=!1;for(let c in this.morphAttributes){let a=this.morphAttributes[c],h=[];for(let f=0,u=a.length;f<u;f++){let d=a[f];h.push(d.toJSON(e.data))}h.length>0&&(i[c]=h,r=!0)}r&&(e.data.morphAttributes=i,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let l=this.boundingSphere;return l!==null&&(e.data.boundingSphere=l.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let i=e.attributes;for(let a in i){let h=i[a];this.setAttribute(a,h.clone(t))}let r=e.morphAttributes;for(let a in r){let h=[],f=r[a];for(let u=0,d=f.length;u<d;u++)h.push(f[u].clone(t));this.morphAttributes[a]=h}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let a=0,h=o.length;a<h;a++){let f=o[a];this.addGroup(f.start,f.count,f.materialIndex)}let l=e.boundingBox;l!==null&&(this.boundingBox=l.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}},Hs=class{constructor(e,t){this.isInterleavedBuffer=!0,this.array=e,this.stride=t,this.count=e!==void 0?e.length/t:0,this.usage=jc,this.updateRanges=[],this.version=0,this.uuid=Zn()}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.array=new e.array.constructor(e.array),this.count=e.count,this.stride=e.stride,this.usage=e.usage,this}copyAt(e,t,n){e*=this.stride,n*=t.stride;for(let i=0,r=this.stride;i<r;i++)this.array[e+i]=t.array[n+i];return this}set(e,t=0){return this.array.set(e,t),this}clone(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Hf(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=this.array.slice(0).buffer);let n=new this.array.constructor(e.arrayBuffers[t]),i=new this.constructor(n,this.stride);return i.setUsage(this.usage),i}onUpload(e){return this.onUploadCallback=e,this}toJSON(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Hf(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=Array.from(new Uint32Array(this.array.slice(0).buffer)));let n={uuid:this.uuid,buffer:t,type:this.array.constructor.name,stride:this.stride};return n.usage=this.usage,n}};function Hf(s){return s.buffer._uuid===void 0&&(s.buffer._uuid=Zn()),s.byteOffset===0&&s.byteLength===s.buffer.byteLength?s.buffer._uuid:s.buffer._uuid+":"+s.byteOffset+":"+s.byteLength}var jt=new O,Ws=class s{constructor(e,t,n,i=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=e,this.itemSize=t,this.offset=n,this.normalized=i,this._normalizationScale=e!==void 0?ul(e.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(e){this.data.needsUpdate=e}applyMatrix4(e){for(let t=0,n=this.data.count;t<n;t++)jt.fromBufferAttribute(this,t),jt.applyMatrix4(e),this.setXYZ(t,jt.x,jt.y,jt.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)jt.fromBufferAttribute(this,t),jt.applyNormalMatrix(e),this.setXYZ(t,jt.x,jt.y,jt.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)jt.fromBufferAttribute(this,t),jt.transformDirection(e),this.setXYZ(t,jt.x,jt.y,jt.z);return this}getComponent(e,t){let n=this.array[e*this.data.stride+this.offset+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.data.array[e*this.data.stride+this.offset+t]=n,this}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset]=t,this}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+1]=t,this}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+2]=t,this}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+3]=t,this}getX(e){let t=this.data.array[e*this.data.stride+this.offset];return this.normalized&&(t=this._denormalize(t)),t}getY(e){let t=this.data.array[e*this.data.stride+this.offset+1];return this.normalized&&(t=this._denormalize(t)),t}getZ(e){let t=this.data.array[e*this.data.stride+this.offset+2];return this.normalized&&(t=this._denormalize(t)),t}getW(e){let t=this.data.array[e*this.data.stride+this.offset+3];return this.normalized&&(t=this._denormalize(t)),t}setXY(e,t,n){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.data.array[e+0]=t,this.data.array[e+1]=n,this}setXYZ(e,t,n,i){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n),i=this._normalize(i)),this.data.array[e+0]=t,this.data.array[e+1]=n,this.data.array[e+2]=i,this}setXYZW(e,t,n,i,r){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n),i=this._normalize(i),r=this._normalize(r)),this.data.array[e+0]=t,this.data.array[e+1]=n,this.data.array[e+2]=i,this.data.array[e+3]=r,this}clone(e){if(e===void 0){Er("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let n=0;n<this.count;n++){let i=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[i+r])}return new Ht(new this.array.constructor(t),this.itemSize,this.normalized)}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.clone(e)),new s(e.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(e){if(e===void 0){Er("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let n=0;n<this.count;n++){let i=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[i+r])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:t,normalized:this.normalized}}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.toJSON(e)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):nh(e,this.data.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):ih(e,this.data.array)}},ac=new O,ng=new O,ig=new ze,Un=class{constructor(e=new O(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,i){return this.normal.set(e,t,n),this.constant=i,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let i=ac.subVectors(n,t).cross(ng.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(i,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let i=e.delta(ac),r=this.normal.dot(i);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(i,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||ig.getNormalMatrix(e),i=this.coplanarPoint(ac).applyMatrix4(e),r=this.normal.applyMatrix3(n).normalize();return this.constant=-i.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},sg=0,hn=class extends Hn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:sg++}),this.uuid=Zn(),this.name="",this.type="Material",this.blending=er,this.side=$n,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Pc,this.blendDst=Lc,this.blendEquation=os,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Oe(0,0,0),this.blendAlpha=0,this.depthFunc=Os,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Hd,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=jo,this.stencilZFail=jo,this.stencilZPass=jo,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Re(`Material: parameter '${t}' has value of undefined.`);continue}let i=this[t];if(i===void 0){Re(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}i&&i.isColor?i.set(n):i&&i.isVector2&&n&&n.isVector2||i&&i.isEuler&&n&&n.isEuler||i&&i.isVector3&&n&&n.isVector3?i.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function i(r){let o=[];for(let l in r){let c=r[l];delete c.metadata,o.push(c)}return o}if(t){let r=i(e.textures),o=i(e.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Oe().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new Un().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new je().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new je().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let i=t.length;n=new Array(i);for(let r=0;r!==i;++r)n[r]=t[r].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var ai=new O,lc=new O,No=new O,Do=new O,es=class{constructor(e=new O,t=new O(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,ai)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=ai.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(ai.copy(this.origin).addScaledVector(this.direction,t),ai.distanceToSquared(e))}distanceSqToSegment(e,t,n,i){lc.copy(e).add(t).multiplyScalar(.5),No.copy(t).sub(e).normalize(),Do.copy(this.origin).sub(lc);let r=e.distanceTo(t)*.5,o=-this.direction.dot(No),l=Do.dot(this.direction),c=-Do.dot(No),a=Do.lengthSq(),h=Math.abs(1-o*o),f,u,d,m;if(h>0)if(f=o*c-l,u=o*l-c,m=r*h,f>=0)if(u>=-m)if(u<=m){let S=1/h;f*=S,u*=S,d=f*(f+o*u+2*l)+u*(o*f+u+2*c)+a}else u=r,f=Math.max(0,-(o*u+l)),d=-f*f+u*(u+2*c)+a;else u=-r,f=Math.max(0,-(o*u+l)),d=-f*f+u*(u+2*c)+a;else u<=-m?(f=Math.max(0,-(-o*r+l)),u=f>0?-r:Math.min(Math.max(-r,-c),r),d=-f*f+u*(u+2*c)+a):u<=m?(f=0,u=Math.min(Math.max(-r,-c),r),d=u*(u+2*c)+a):(f=Math.max(0,-(o*r+l)),u=f>0?r:Math.min(Math.max(-r,-c),r),d=-f*f+u*(u+2*c)+a);else u=o>0?-r:r,f=Math.max(0,-(o*u+l)),d=-f*f+u*(u+2*c)+a;return n&&n.copy(this.origin).addScaledVector(this.direction,f),i&&i.copy(lc).addScaledVector(No,u),d}intersectSphere(e,t){if(e.radius<0)return null;ai.subVectors(e.center,this.origin);let n=ai.dot(this.direction),i=ai.dot(ai)-n*n,r=e.radius*e.radius;if(i>r)return null;let o=Math.sqrt(r-i),l=n-o,c=n+o;return c<0?null:l<0?this.at(c,t):this.at(l,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,i,r,o,l,c,a=1/this.direction.x,h=1/this.direction.y,f=1/this.direction.z,u=this.origin;return a>=0?(n=(e.min.x-u.x)*a,i=(e.max.x-u.x)*a):(n=(e.max.x-u.x)*a,i=(e.min.x-u.x)*a),h>=0?(r=(e.min.y-u.y)*h,o=(e.max.y-u.y)*h):(r=(e.max.y-u.y)*h,o=(e.min.y-u.y)*h),n>o||r>i||((r>n||isNaN(n))&&(n=r),(o<i||isNaN(i))&&(i=o),f>=0?(l=(e.min.z-u.z)*f,c=(e.max.z-u.z)*f):(l=(e.max.z-u.z)*f,c=(e.min.z-u.z)*f),n>c||l>i)||((l>n||n!==n)&&(n=l),(c<i||i!==i)&&(i=c),i<0)?null:this.at(n>=0?n:i,t)}intersectsBox(e){return this.intersectBox(e,ai)!==null}intersectTriangle(e,t,n,i,r){let o=this.origin,l=this.direction,c=l.x,a=l.y,h=l.z,f=e.x-o.x,u=e.y-o.y,d=e.z-o.z,m=t.x-o.x,S=t.y-o.y,p=t.z-o.z,g=n.x-o.x,b=n.y-o.y,A=n.z-o.z,M=Math.abs(c),C=Math.abs(a),R=Math.abs(h),x,w,k,D,E,X,I,_,L,G,F,ee;if(M>=C&&M>=R?(k=c,X=f,L=m,ee=g,c>=0?(x=a,w=h,D=u,E=d,I=S,_=p,G=b,F=A):(x=h,w=a,D=d,E=u,I=p,_=S,G=A,F=b)):C>=R?(k=a,X=u,L=S,ee=b,a>=0?(x=h,w=c,D=d,E=f,I=p,_=m,G=A,F=g):(x=c,w=h,D=f,E=d,I=m,_=p,G=g,F=A)):(k=h,X=d,L=p,ee=A,h>=0?(x=c,w=a,D=f,E=u,I=m,_=S,G=g,F=b):(x=a,w=c,D=u,E=f,I=S,_=m,G=b,F=g)),k===0)return null;let H=x/k,Z=w/k,ne=1/k,me=D-H*X,Me=E-Z*X,q=I-H*L,se=_-Z*L,ge=G-H*ee,Le=F-Z*ee,ye=ge*se-Le*q,We=me*Le-Me*ge,bt=q*Me-se*me;if(i){if(ye<0||We<0||bt<0)return null}else if((ye<0||We<0||bt<0)&&(ye>0||We>0||bt>0))return null;let Be=ye+We+bt;if(Be===0)return null;let at=ne*(ye*X+We*L+bt*ee);return(Be>0?at<0:at>0)?null:this.at(at/Be,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Wn=class extends hn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Oe(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ui,this.combine=Nc,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Wf=new Xe,$i=new es,Uo=new ln,Xf=new O,Oo=new O,Fo=new O,Bo=new O,cc=new O,ko=new O,qf=new O,zo=new O,sn=class extends gt{constructor(e=new cn,t=new Wn){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let i=t[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let l=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[l]=r}}}}getVertexPosition(e,t){let n=this.geometry,i=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(i,e);let l=this.morphTargetInfluences;if(r&&l){ko.set(0,0,0);for(let c=0,a=r.length;c<a;c++){let h=l[c],f=r[c];h!==0&&(cc.fromBufferAttribute(f,e),o?ko.addScaledVector(cc,h):ko.addScaledVector(cc.sub(t),h))}t.add(ko)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,i=this.material,r=this.matrixWorld;i!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Uo.copy(n.boundingSphere),Uo.applyMatrix4(r),$i.copy(e.ray).recast(e.near),!(Uo.containsPoint($i.origin)===!1&&($i.intersectSphere(Uo,Xf)===null||$i.origin.distanceToSquared(Xf)>(e.far-e.near)**2))&&(Wf.copy(r).invert(),$i.copy(e.ray).applyMatrix4(Wf),!(n.boundingBox!==null&&$i.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,$i)))}_computeIntersections(e,t,n){let i,r=this.geometry,o=this.material,l=r.index,c=r.attributes.position,a=r.attributes.uv,h=r.attributes.uv1,f=r.attributes.normal,u=r.groups,d=r.drawRange;if(l!==null)if(Array.isArray(o))for(let m=0,S=u.length;m<S;m++){let p=u[m],g=o[p.materialIndex],b=Math.max(p.start,d.start),A=Math.min(l.count,Math.min(p.start+p.count,d.start+d.count));for(let M=b,C=A;M<C;M+=3){let R=l.getX(M),x=l.getX(M+1),w=l.getX(M+2);i=Vo(this,g,e,n,a,h,f,R,x,w),i&&(i.faceIndex=Math.floor(M/3),i.face.materialIndex=p.materialIndex,t.push(i))}}else{let m=Math.max(0,d.start),S=Math.min(l.count,d.start+d.count);for(let p=m,g=S;p<g;p+=3){let b=l.getX(p),A=l.getX(p+1),M=l.getX(p+2);i=Vo(this,o,e,n,a,h,f,b,A,M),i&&(i.faceIndex=Math.floor(p/3),t.push(i))}}else if(c!==void 0)if(Array.isArray(o))for(let m=0,S=u.length;m<S;m++){let p=u[m],g=o[p.materialIndex],b=Math.max(p.start,d.start),A=Math.min(c.count,Math.min(p.start+p.count,d.start+d.count));for(let M=b,C=A;M<C;M+=3){let R=M,x=M+1,w=M+2;i=Vo(this,g,e,n,a,h,f,R,x,w),i&&(i.faceIndex=Math.floor(M/3),i.face.materialIndex=p.materialIndex,t.push(i))}}else{let m=Math.max(0,d.start),S=Math.min(c.count,d.start+d.count);for(let p=m,g=S;p<g;p+=3){let b=p,A=p+1,M=p+2;i=Vo(this,o,e,n,a,h,f,b,A,M),i&&(i.faceIndex=Math.floor(p/3),t.push(i))}}}};function rg(s,e,t,n,i,r,o,l){let c;if(e.side===on?c=n.intersectTriangle(o,r,i,!0,l):c=n.intersectTriangle(i,r,o,e.side===$n,l),c===null)return null;zo.copy(l),zo.applyMatrix4(s.matrixWorld);let a=t.ray.origin.distanceTo(zo);return a<t.near||a>t.far?null:{distance:a,point:zo.clone(),object:s}}function Vo(s,e,t,n,i,r,o,l,c,a){s.getVertexPosition(l,Oo),s.getVertexPosition(c,Fo),s.getVertexPosition(a,Bo);let h=rg(s,e,t,n,Oo,Fo,Bo,qf);if(h){let f=new O;Ni.getBarycoord(qf,Oo,Fo,Bo,f),i&&(h.uv=Ni.getInterpolatedAttribute(i,l,c,a,f,new je)),r&&(h.uv1=Ni.getInterpolatedAttribute(r,l,c,a,f,new je)),o&&(h.normal=Ni.getInterpolatedAttribute(o,l,c,a,f,new O),h.normal.dot(n.direction)>0&&h.normal.multiplyScalar(-1));let u={a:l,b:c,c:a,normal:new O,materialIndex:0};Ni.getNormal(Oo,Fo,Bo,u.normal),h.face=u,h.barycoord=f}return h}var xr=new ct,Yf=new ct,$f=new ct,og=new ct,Kf=new Xe,Go=new O,hc=new ln,Zf=new Xe,uc=new es,Lr=class extends sn{constructor(e,t){super(e,t),this.isSkinnedMesh=!0,this.type="SkinnedMesh",this.bindMode=mc,this.bindMatrix=new Xe,this.bindMatrixInverse=new Xe,this.boundingBox=null,this.boundingSphere=null}computeBoundingBox(){let e=this.geometry;this.boundingBox===null&&(this.boundingBox=new nn),this.boundingBox.makeEmpty();let t=e.getAttribute("position");for(let n=0;n<t.count;n++)this.getVertexPosition(n,Go),this.boundingBox.expandByPoint(Go)}computeBoundingSphere(){let e=this.geometry;this.boundingSphere===null&&(this.boundingSphere=new ln),this.boundingSphere.makeEmpty();let t=e.getAttribute("position");for(let n=0;n<t.count;n++)this.getVertexPosition(n,Go),this.boundingSphere.expandByPoint(Go)}copy(e,t){return super.copy(e,t),this.bindMode=e.bindMode,this.bindMatrix.copy(e.bindMatrix),this.bindMatrixInverse.copy(e.bindMatrixInverse),this.skeleton=e.skeleton,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}raycast(e,t){let n=this.material,i=this.matrixWorld;n!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),hc.copy(this.boundingSphere),hc.applyMatrix4(i),e.ray.intersectsSphere(hc)!==!1&&(Zf.copy(i).invert(),uc.copy(e.ray).applyMatrix4(Zf),!(this.boundingBox!==null&&uc.intersectsBox(this.boundingBox)===!1)&&this._computeIntersections(e,t,uc)))}getVertexPosition(e,t){return super.getVertexPosition(e,t),this.applyBoneTransform(e,t),t}bind(e,t){this.skeleton=e,t===void 0&&(this.updateMatrixWorld(!0),this.skeleton.calculateInverses(),t=this.matrixWorld),this.bindMatrix.copy(t),this.bindMatrixInverse.copy(t).invert()}pose(){this.skeleton.pose()}normalizeSkinWeights(){let e=new ct,t=this.geometry.attributes.skinWeight;for(let n=0,i=t.count;n<i;n++){e.fromBufferAttribute(t,n);let r=1/e.manhattanLength();r!==1/0?e.multiplyScalar(r):e.set(1,0,0,0),t.setXYZW(n,e.x,e.y,e.z,e.w)}}updateMatrixWorld(e){super.updateMatrixWorld(e),this.bindMode===mc?this.bindMatrixInverse.copy(this.matrixWorld).invert():this.bindMode===kd?this.bindMatrixInverse.copy(this.bindMatrix).invert():Re("SkinnedMesh: Unrecognized bindMode: "+this.bindMode)}applyBoneTransform(e,t){let n=this.skeleton,i=this.geometry;Yf.fromBufferAttribute(i.attributes.skinIndex,e),$f.fromBufferAttribute(i.attributes.skinWeight,e),t.isVector4?(xr.copy(t),t.set(0,0,0,0)):(xr.set(t.x,t.y,t.z,1),t.set(0,0,0)),xr.applyMatrix4(this.bindMatrix);for(let r=0;r<4;r++){let o=$f.getComponent(r);if(o!==0){let l=Yf.getComponent(r);Kf.multiplyMatrices(n.bones[l].matrixWorld,n.boneInverses[l]),t.addScaledVector(og.copy(xr).applyMatrix4(Kf),o)}}return t.isVector4&&(t.w=xr.w),t.applyMatrix4(this.bindMatrixInverse)}},Xs=class extends gt{constructor(){super(),this.isBone=!0,this.type="Bone"}},qs=class extends kt{constructor(e=null,t=1,n=1,i,r,o,l,c,a=St,h=St,f,u){super(null,o,l,c,a,h,i,r,f,u),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}},Jf=new Xe,ag=new Xe,Nr=class s{constructor(e=[],t=[]){this.uuid=Zn(),this.bones=e.slice(0),this.boneInverses=t,this.boneMatrices=null,this.previousBoneMatrices=null,this.boneTexture=null,this.previousBoneTexture=null,this.init()}init(){let e=this.bones,t=this.boneInverses;if(this.boneMatrices=new Float32Array(e.length*16),t.length===0)this.calculateInverses();else if(e.length!==t.length){Re("Skeleton: Number of inverse bone matrices does not match amount of bones."),this.boneInverses=[];for(let n=0,i=this.bones.length;n<i;n++)this.boneInverses.push(new Xe)}}calculateInverses(){this.boneInverses.length=0;for(let e=0,t=this.bones.length;e<t;e++){let n=new Xe;this.bones[e]&&n.copy(this.bones[e].matrixWorld).invert(),this.boneInverses.push(n)}}pose(){for(let e=0,t=this.bones.length;e<t;e++){let n=this.bones[e];n&&n.matrixWorld.copy(this.boneInverses[e]).invert()}for(let e=0,t=this.bones.length;e<t;e++){let n=this.bones[e];n&&(n.parent&&n.parent.isBone?(n.matrix.copy(n.parent.matrixWorld).invert(),n.matrix.multiply(n.matrixWorld)):n.matrix.copy(n.matrixWorld),n.matrix.decompose(n.position,n.quaternion,n.scale))}}update(){let e=this.bones,t=this.boneInverses,n=this.boneMatrices,i=this.boneTexture;for(let r=0,o=e.length;r<o;r++){let l=e[r]?e[r].matrixWorld:ag;Jf.multiplyMatrices(l,t[r]),Jf.toArray(n,r*16)}i!==null&&(i.needsUpdate=!0)}clone(){return new s(this.bones,this.boneInverses)}computeBoneTexture(){let e=Math.sqrt(this.bones.length*4);e=Math.ceil(e/4)*4,e=Math.max(e,4);let t=new Float32Array(e*e*4);t.set(this.boneMatrices);let n=new qs(t,e,e,An,gn);return n.needsUpdate=!0,this.boneMatrices=t,this.boneTexture=n,this}getBoneByName(e){for(let t=0,n=this.bones.length;t<n;t++){let i=this.bones[t];if(i.name===e)return i}}dispose(){this.boneTexture!==null&&(this.boneTexture.dispose(),this.boneTexture=null),this.previousBoneTexture!==null&&(this.previousBoneTexture.dispose(),this.previousBoneTexture=null)}fromJSON(e,t){this.uuid=e.uuid;for(let n=0,i=e.bones.length;n<i;n++){let r=e.bones[n],o=t[r];o===void 0&&(Re("Skeleton: No bone found with UUID:",r),o=new Xs),this.bones.push(o),this.boneInverses.push(new Xe().fromArray(e.boneInverses[n]))}return this.init(),this}toJSON(){let e={metadata:{version:4.7,type:"Skeleton",generator:"Skeleton.toJSON"},bones:[],boneInverses:[]};e.uuid=this.uuid;let t=this.bones,n=this.boneInverses;for(let i=0,r=t.length;i<r;i++){let o=t[i];e.bones.push(o.uuid);let l=n[i];e.boneInverses.push(l.toArray())}return e}},fi=class extends Ht{constructor(e,t,n,i=1){super(e,t,n),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=i}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},Ps=new Xe,jf=new Xe,Ho=[],Qf=new nn,lg=new Xe,yr=new sn,vr=new ln,Dr=class extends sn{constructor(e,t,n){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new fi(new Float32Array(n*16),16),this.instanceColor=null,this.morphTexture=null,this.count=n,this.boundingBox=null,this.boundingSphere=null;for(let i=0;i<n;i++)this.setMatrixAt(i,lg)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new nn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,Ps),Qf.copy(e.boundingBox).applyMatrix4(Ps),this.boundingBox.union(Qf)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new ln),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,Ps),vr.copy(e.boundingSphere).applyMatrix4(Ps),this.boundingSphere.union(vr)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let n=t.morphTargetInfluences,i=this.morphTexture.source.data.data,r=n.length+1,o=e*r+1;for(let l=0;l<n.length;l++)n[l]=i[o+l]}raycast(e,t){let n=this.matrixWorld,i=this.count;if(yr.geometry=this.geometry,yr.material=this.material,yr.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),vr.copy(this.boundingSphere),vr.applyMatrix4(n),e.ray.intersectsSphere(vr)!==!1))for(let r=0;r<i;r++){this.getMatrixAt(r,Ps),jf.multiplyMatrices(n,Ps),yr.matrixWorld=jf,yr.raycast(e,Ho);for(let o=0,l=Ho.length;o<l;o++){let c=Ho[o];c.instanceId=r,c.object=this,t.push(c)}Ho.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new fi(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let n=t.morphTargetInfluences,i=n.length+1;this.morphTexture===null&&(this.morphTexture=new qs(new Float32Array(i*this.count),i,this.count,Ia,gn));let r=this.morphTexture.source.data.data,o=0;for(let a=0;a<n.length;a++)o+=n[a];let l=this.geometry.morphTargetsRelative?1:1-o,c=i*e;return r[c]=l,r.set(n,c+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},Ki=new ln,cg=new je(.5,.5),Wo=new O,Ui=class{constructor(e=new Un,t=new Un,n=new Un,i=new Un,r=new Un,o=new Un){this.planes=[e,t,n,i,r,o]}set(e,t,n,i,r,o){let l=this.planes;return l[0].copy(e),l[1].copy(t),l[2].copy(n),l[3].copy(i),l[4].copy(r),l[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=wn,n=!1){let i=this.planes,r=e.elements,o=r[0],l=r[1],c=r[2],a=r[3],h=r[4],f=r[5],u=r[6],d=r[7],m=r[8],S=r[9],p=r[10],g=r[11],b=r[12],A=r[13],M=r[14],C=r[15];if(i[0].setComponents(a-o,d-h,g-m,C-b).normalize(),i[1].setComponents(a+o,d+h,g+m,C+b).normalize(),i[2].setComponents(a+l,d+f,g+S,C+A).normalize(),i[3].setComponents(a-l,d-f,g-S,C-A).normalize(),n)i[4].setComponents(c,u,p,M).normalize(),i[5].setComponents(a-c,d-u,g-p,C-M).normalize();else if(i[4].setComponents(a-c,d-u,g-p,C-M).normalize(),t===wn)i[5].setComponents(a+c,d+u,g+p,C+M).normalize();else if(t===Bs)i[5].setComponents(c,u,p,M).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Ki.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Ki.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Ki)}intersectsSprite(e){Ki.center.set(0,0,0);let t=cg.distanceTo(e.center);return Ki.radius=.7071067811865476+t,Ki.applyMatrix4(e.matrixWorld),this.intersectsSphere(Ki)}intersectsSphere(e){let t=this.planes,n=e.center,i=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(n)<i)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let i=t[n];if(Wo.x=i.normal.x>0?e.max.x:e.min.x,Wo.y=i.normal.y>0?e.max.y:e.min.y,Wo.z=i.normal.z>0?e.max.z:e.min.z,i.distanceToPoint(Wo)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},ed=new Xe,ca=class s{constructor(){this.coordinateSystem=wn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let i=0;i<t.length;i++){let r=t[i];ed.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[i]===void 0&&(n[i]=new Ui),n[i].setFromProjectionMatrix(ed,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let i=0;i<e._count;i++)t[i]===void 0&&(t[i]=new Ui),t[i].copy(n[i]);return this._count=e._count,this}clone(){return new s().copy(this)}};var Ys=class extends hn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Oe(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},ha=new O,ua=new O,td=new Xe,Sr=new es,Xo=new ln,fc=new O,nd=new O,ts=class extends gt{constructor(e=new cn,t=new Ys){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[0];for(let i=1,r=t.count;i<r;i++)ha.fromBufferAttribute(t,i-1),ua.fromBufferAttribute(t,i),n[i]=n[i-1],n[i]+=ha.distanceTo(ua);e.setAttribute("lineDistance",new Qt(n,1))}else Re("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,i=this.matrixWorld,r=e.params.Line.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Xo.copy(n.boundingSphere),Xo.applyMatrix4(i),Xo.radius+=r,e.ray.intersectsSphere(Xo)===!1)return;td.copy(i).invert(),Sr.copy(e.ray).applyMatrix4(td);let l=r/((this.scale.x+this.scale.y+this.scale.z)/3),c=l*l,a=this.isLineSegments?2:1,h=n.index,u=n.attributes.position;if(h!==null){let d=Math.max(0,o.start),m=Math.min(h.count,o.start+o.count);for(let S=d,p=m-1;S<p;S+=a){let g=h.getX(S),b=h.getX(S+1),A=qo(this,e,Sr,c,g,b,S);A&&t.push(A)}if(this.isLineLoop){let S=h.getX(m-1),p=h.getX(d),g=qo(this,e,Sr,c,S,p,m-1);g&&t.push(g)}}else{let d=Math.max(0,o.start),m=Math.min(u.count,o.start+o.count);for(let S=d,p=m-1;S<p;S+=a){let g=qo(this,e,Sr,c,S,S+1,S);g&&t.push(g)}if(this.isLineLoop){let S=qo(this,e,Sr,c,m-1,d,m-1);S&&t.push(S)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let i=t[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let l=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[l]=r}}}}};function qo(s,e,t,n,i,r,o){let l=s.geometry.attributes.position;if(ha.fromBufferAttribute(l,i),ua.fromBufferAttribute(l,r),t.distanceSqToSegment(ha,ua,fc,nd)>n)return;fc.applyMatrix4(s.matrixWorld);let a=e.ray.origin.distanceTo(fc);if(!(a<e.near||a>e.far))return{distance:a,point:nd.clone().applyMatrix4(s.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:s}}var id=new O,sd=new O,Ur=class extends ts{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[];for(let i=0,r=t.count;i<r;i+=2)id.fromBufferAttribute(t,i),sd.fromBufferAttribute(t,i+1),n[i]=i===0?0:n[i-1],n[i+1]=n[i]+id.distanceTo(sd);e.setAttribute("lineDistance",new Qt(n,1))}else Re("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}},Or=class extends ts{constructor(e,t){super(e,t),this.isLineLoop=!0,this.type="LineLoop"}},$s=class extends hn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Oe(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},rd=new Xe,vc=new es,Yo=new ln,$o=new O,Fr=class extends gt{constructor(e=new cn,t=new $s){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,i=this.matrixWorld,r=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Yo.copy(n.boundingSphere),Yo.applyMatrix4(i),Yo.radius+=r,e.ray.intersectsSphere(Yo)===!1)return;rd.copy(i).invert(),vc.copy(e.ray).applyMatrix4(rd);let l=r/((this.scale.x+this.scale.y+this.scale.z)/3),c=l*l,a=n.index,f=n.attributes.position;if(a!==null){let u=Math.max(0,o.start),d=Math.min(a.count,o.start+o.count);for(let m=u,S=d;m<S;m++){let p=a.getX(m);$o.fromBufferAttribute(f,p),od($o,p,c,i,e,t,this)}}else{let u=Math.max(0,o.start),d=Math.min(f.count,o.start+o.count);for(let m=u,S=d;m<S;m++)$o.fromBufferAttribute(f,m),od($o,m,c,i,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let i=t[n[0]];if(i!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=i.length;r<o;r++){let l=i[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[l]=r}}}}};function od(s,e,t,n,i,r,o){let l=vc.distanceSqToPoint(s);if(l<t){let c=new O;vc.closestPointToPoint(s,c),c.applyMatrix4(n);let a=i.ray.origin.distanceTo(c);if(a<i.near||a>i.far)return;r.push({distance:a,distanceToRay:Math.sqrt(l),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Br=class extends kt{constructor(e=[],t=as,n,i,r,o,l,c,a,h){super(e,t,n,i,r,o,l,c,a,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var di=class extends kt{constructor(e,t,n=Fn,i,r,o,l=St,c=St,a,h=hi,f=1){if(h!==hi&&h!==yi)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:f};super(u,i,r,o,l,c,h,n,a),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Vs(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},kr=class extends di{constructor(e,t=Fn,n=as,i,r,o=St,l=St,c,a=hi){let h={width:e,height:e,depth:1},f=[h,h,h,h,h,h];super(e,e,t,n,i,r,o,l,c,a),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},zr=class extends kt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},Ks=class s extends cn{constructor(e=1,t=1,n=1,i=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:i,heightSegments:r,depthSegments:o};let l=this;i=Math.floor(i),r=Math.floor(r),o=Math.floor(o);let c=[],a=[],h=[],f=[],u=0,d=0;m("z","y","x",-1,-1,n,t,e,o,r,0),m("z","y","x",1,-1,n,t,-e,o,r,1),m("x","z","y",1,1,e,n,t,i,o,2),m("x","z","y",1,-1,e,n,-t,i,o,3),m("x","y","z",1,-1,e,t,n,i,r,4),m("x","y","z",-1,-1,e,t,-n,i,r,5),this.setIndex(c),this.setAttribute("position",new Qt(a,3)),this.setAttribute("normal",new Qt(h,3)),this.setAttribute("uv",new Qt(f,2));function m(S,p,g,b,A,M,C,R,x,w,k){let D=M/x,E=C/w,X=M/2,I=C/2,_=R/2,L=x+1,G=w+1,F=0,ee=0,H=new O;for(let Z=0;Z<G;Z++){let ne=Z*E-I;for(let me=0;me<L;me++){let Me=me*D-X;H[S]=Me*b,H[p]=ne*A,H[g]=_,a.push(H.x,H.y,H.z),H[S]=0,H[p]=0,H[g]=R>0?1:-1,h.push(H.x,H.y,H.z),f.push(me/x),f.push(1-Z/w),F+=1}}for(let Z=0;Z<w;Z++)for(let ne=0;ne<x;ne++){let me=u+ne+L*Z,Me=u+ne+L*(Z+1),q=u+(ne+1)+L*(Z+1),se=u+(ne+1)+L*Z;c.push(me,Me,se),c.push(Me,q,se),ee+=6}l.addGroup(d,ee,k),d+=ee,u+=F}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new s(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Vr=class s extends cn{constructor(e=1,t=1,n=1,i=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:i};let r=e/2,o=t/2,l=Math.floor(n),c=Math.floor(i),a=l+1,h=c+1,f=e/l,u=t/c,d=[],m=[],S=[],p=[];for(let g=0;g<h;g++){let b=g*u-o;for(let A=0;A<a;A++){let M=A*f-r;m.push(M,-b,0),S.push(0,0,1),p.push(A/l),p.push(1-g/c)}}for(let g=0;g<c;g++)for(let b=0;b<l;b++){let A=b+a*g,M=b+a*(g+1),C=b+1+a*(g+1),R=b+1+a*g;d.push(A,M,R),d.push(M,C,R)}this.setIndex(d),this.setAttribute("position",new Qt(m,3)),this.setAttribute("normal",new Qt(S,3)),this.setAttribute("uv",new Qt(p,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new s(e.width,e.height,e.widthSegments,e.heightSegments)}};function hs(s){let e={};for(let t in s){e[t]={};for(let n in s[t]){let i=s[t][n];if(ad(i))i.isRenderTargetTexture?(Re("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=i.clone();else if(Array.isArray(i))if(ad(i[0])){let r=[];for(let o=0,l=i.length;o<l;o++)r[o]=i[o].clone();e[t][n]=r}else e[t][n]=i.slice();else e[t][n]=i}}return e}function Zt(s){let e={};for(let t=0;t<s.length;t++){let n=hs(s[t]);for(let i in n)e[i]=n[i]}return e}function ad(s){return s&&(s.isColor||s.isMatrix3||s.isMatrix4||s.isVector2||s.isVector3||s.isVector4||s.isTexture||s.isQuaternion)}function hg(s){let e=[];for(let t=0;t<s.length;t++)e.push(s[t].clone());return e}function sh(s){let e=s.getRenderTarget();return e===null?s.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Je.workingColorSpace}var ep={clone:hs,merge:Zt},ug=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,fg=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,Xn=class extends hn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=ug,this.fragmentShader=fg,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=hs(e.uniforms),this.uniformsGroups=hg(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let i in this.uniforms){let o=this.uniforms[i].value;o&&o.isTexture?t.uniforms[i]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[i]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[i]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[i]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[i]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[i]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[i]={type:"m4",value:o.toArray()}:t.uniforms[i]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let i in this.extensions)this.extensions[i]===!0&&(n[i]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let i=e.uniforms[n];switch(this.uniforms[n]={},i.type){case"t":this.uniforms[n].value=t[i.value]||null;break;case"c":this.uniforms[n].value=new Oe().setHex(i.value);break;case"v2":this.uniforms[n].value=new je().fromArray(i.value);break;case"v3":this.uniforms[n].value=new O().fromArray(i.value);break;case"v4":this.uniforms[n].value=new ct().fromArray(i.value);break;case"m3":this.uniforms[n].value=new ze().fromArray(i.value);break;case"m4":this.uniforms[n].value=new Xe().fromArray(i.value);break;default:this.uniforms[n].value=i.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},fa=class extends Xn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}},ns=class extends hn{constructor(e){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new Oe(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Oe(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=hl,this.normalScale=new je(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ui,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.defines={STANDARD:""},this.color.copy(e.color),this.roughness=e.roughness,this.metalness=e.metalness,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.roughnessMap=e.roughnessMap,this.metalnessMap=e.metalnessMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.envMapIntensity=e.envMapIntensity,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},rn=class extends ns{constructor(e){super(),this.isMeshPhysicalMaterial=!0,this.defines={STANDARD:"",PHYSICAL:""},this.type="MeshPhysicalMaterial",this.anisotropyRotation=0,this.anisotropyMap=null,this.clearcoatMap=null,this.clearcoatRoughness=0,this.clearcoatRoughnessMap=null,this.clearcoatNormalScale=new je(1,1),this.clearcoatNormalMap=null,this.diffuseRoughnessMap=null,this.ior=1.5,Object.defineProperty(this,"reflectivity",{get:function(){return et(2.5*(this.ior-1)/(this.ior+1),0,1)},set:function(t){this.ior=(1+.4*t)/(1-.4*t)}}),this.iridescenceMap=null,this.iridescenceIOR=1.3,this.iridescenceThicknessMinimum=100,this.iridescenceThicknessMaximum=400,this.iridescenceThicknessMap=null,this.sheenColor=new Oe(0),this.sheenColorMap=null,this.sheenRoughness=1,this.sheenRoughnessMap=null,this.transmissionMap=null,this.thickness=0,this.thicknessMap=null,this.attenuationDistance=1/0,this.attenuationColor=new Oe(1,1,1),this.specularIntensity=1,this.specularIntensityMap=null,this.specularColor=new Oe(1,1,1),this.specularColorMap=null,this._anisotropy=0,this._clearcoat=0,this._diffuseRoughness=0,this._dispersion=0,this._iridescence=0,this._retroreflectivity=0,this._sheen=0,this._transmission=0,this.setValues(e)}get anisotropy(){return this._anisotropy}set anisotropy(e){this._anisotropy>0!=e>0&&this.version++,this._anisotropy=e}get clearcoat(){return this._clearcoat}set clearcoat(e){this._clearcoat>0!=e>0&&this.version++,this._clearcoat=e}get diffuseRoughness(){return this._diffuseRoughness}set diffuseRoughness(e){this._diffuseRoughness>0!=e>0&&this.version++,this._diffuseRoughness=e}get iridescence(){return this._iridescence}set iridescence(e){this._iridescence>0!=e>0&&this.version++,this._iridescence=e}get dispersion(){return this._dispersion}set dispersion(e){this._dispersion>0!=e>0&&this.version++,this._dispersion=e}get retroreflectivity(){return this._retroreflectivity}set retroreflectivity(e){this._retroreflectivity>0!=e>0&&this.version++,this._retroreflectivity=e}get sheen(){return this._sheen}set sheen(e){this._sheen>0!=e>0&&this.version++,this._sheen=e}get transmission(){return this._transmission}set transmission(e){this._transmission>0!=e>0&&this.version++,this._transmission=e}get iridescenceThicknessRange(){return Zi('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),[this.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum]}set iridescenceThicknessRange(e){Zi('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),this.iridescenceThicknessMinimum=e[0],this.iridescenceThicknessMaximum=e[1]}copy(e){return super.copy(e),this.defines={STANDARD:"",PHYSICAL:""},this.anisotropy=e.anisotropy,this.anisotropyRotation=e.anisotropyRotation,this.anisotropyMap=e.anisotropyMap,this.clearcoat=e.clearcoat,this.clearcoatMap=e.clearcoatMap,this.clearcoatRoughness=e.clearcoatRoughness,this.clearcoatRoughnessMap=e.clearcoatRoughnessMap,this.clearcoatNormalMap=e.clearcoatNormalMap,this.clearcoatNormalScale.copy(e.clearcoatNormalScale),this.diffuseRoughness=e.diffuseRoughness,this.diffuseRoughnessMap=e.diffuseRoughnessMap,this.dispersion=e.dispersion,this.ior=e.ior,this.iridescence=e.iridescence,this.iridescenceMap=e.iridescenceMap,this.iridescenceIOR=e.iridescenceIOR,this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum,this.iridescenceThicknessMap=e.iridescenceThicknessMap,this.retroreflectivity=e.retroreflectivity,this.sheen=e.sheen,this.sheenColor.copy(e.sheenColor),this.sheenColorMap=e.sheenColorMap,this.sheenRoughness=e.sheenRoughness,this.sheenRoughnessMap=e.sheenRoughnessMap,this.transmission=e.transmission,this.transmissionMap=e.transmissionMap,this.thickness=e.thickness,this.thicknessMap=e.thicknessMap,this.attenuationDistance=e.attenuationDistance,this.attenuationColor.copy(e.attenuationColor),this.specularIntensity=e.specularIntensity,this.specularIntensityMap=e.specularIntensityMap,this.specularColor.copy(e.specularColor),this.specularColorMap=e.specularColorMap,this}};var da=class extends hn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Vd,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},pa=class extends hn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Li(s,e){return!s||s.constructor===e?s:typeof e.BYTES_PER_ELEMENT=="number"?new e(s):Array.prototype.slice.call(s)}function Mr(s){return s!==void 0&&s.inTangents!==void 0&&s.outTangents!==void 0}function dg(s){function e(i,r){return s[i]-s[r]}let t=s.length,n=new Array(t);for(let i=0;i!==t;++i)n[i]=i;return n.sort(e),n}function ld(s,e,t){let n=s.length,i=new s.constructor(n);for(let r=0,o=0;o!==n;++r){let l=t[r]*e;for(let c=0;c!==e;++c)i[o++]=s[l+c]}return i}function pg(s,e,t,n){let i=1,r=s[0];for(;r!==void 0&&r[n]===void 0;)r=s[i++];if(r===void 0)return;let o=r[n];if(o!==void 0)if(Array.isArray(o))do o=r[n],o!==void 0&&(e.push(r.time),t.push(...o)),r=s[i++];while(r!==void 0);else if(o.toArray!==void 0)do o=r[n],o!==void 0&&(e.push(r.time),o.toArray(t,t.length)),r=s[i++];while(r!==void 0);else do o=r[n],o!==void 0&&(e.push(r.time),t.push(o)),r=s[i++];while(r!==void 0)}var qn=class{constructor(e,t,n,i){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=i!==void 0?i:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,i=t[n],r=t[n-1];n:{e:{let o;t:{i:if(!(e<i)){for(let l=n+2;;){if(i===void 0){if(e<r)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===l)break;if(r=i,i=t[++n],e<i)break e}o=t.length;break t}if(!(e>=r)){let l=t[1];e<l&&(n=2,r=l);for(let c=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===c)break;if(i=r,r=t[--n-1],e>=r)break e}o=n,n=0;break t}break n}for(;n<o;){let l=n+o>>>1;e<t[l]?o=l:n=l+1}if(i=t[n],r=t[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,i)}return this.interpolate_(n,r,e,i)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,i=this.valueSize,r=e*i;for(let o=0;o!==i;++o)t[o]=n[r+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},ma=class extends qn{constructor(e,t,n,i){super(e,t,n,i),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:_c,endingEnd:_c}}intervalChanged_(e,t,n){let i=this.parameterPositions,r=e-2,o=e+1,l=i[r],c=i[o];if(l===void 0)switch(this.getSettings_().endingStart){case xc:r=e,l=2*t-n;break;case yc:r=i.length-2,l=t+i[r]-i[r+1];break;default:r=e,l=n}if(c===void 0)switch(this.getSettings_().endingEnd){case xc:o=e,c=2*n-t;break;case yc:o=1,c=n+i[1]-i[0];break;default:o=e-1,c=t}let a=(n-t)*.5,h=this.valueSize;this._weightPrev=a/(t-l),this._weightNext=a/(c-n),this._offsetPrev=r*h,this._offsetNext=o*h}interpolate_(e,t,n,i){let r=this.resultBuffer,o=this.sampleValues,l=this.valueSize,c=e*l,a=c-l,h=this._offsetPrev,f=this._offsetNext,u=this._weightPrev,d=this._weightNext,m=(n-t)/(i-t),S=m*m,p=S*m,g=-u*p+2*u*S-u*m,b=(1+u)*p+(-1.5-2*u)*S+(-.5+u)*m+1,A=(-1-d)*p+(1.5+d)*S+.5*m,M=d*p-d*S;for(let C=0;C!==l;++C)r[C]=g*o[h+C]+b*o[a+C]+A*o[c+C]+M*o[f+C];return r}},ga=class extends qn{constructor(e,t,n,i){super(e,t,n,i)}interpolate_(e,t,n,i){let r=this.resultBuffer,o=this.sampleValues,l=this.valueSize,c=e*l,a=c-l,h=(n-t)/(i-t),f=1-h;for(let u=0;u!==l;++u)r[u]=o[a+u]*f+o[c+u]*h;return r}},_a=class extends qn{constructor(e,t,n,i){super(e,t,n,i)}interpolate_(e){return this.copySampleValue_(e-1)}},xa=class extends qn{interpolate_(e,t,n,i){let r=this.resultBuffer,o=this.sampleValues,l=this.valueSize,c=e*l,a=c-l,h=this.inTangents,f=this.outTangents;if(!h||!f){let m=(n-t)/(i-t),S=1-m;for(let p=0;p!==l;++p)r[p]=o[a+p]*S+o[c+p]*m;return r}let u=l*2,d=e-1;for(let m=0;m!==l;++m){let S=o[a+m],p=o[c+m],g=d*u+m*2,b=f[g],A=f[g+1],M=e*u+m*2,C=h[M],R=h[M+1],x=gg(n,t,b,C,i);r[m]=tp(x,S,A,R,p)}return r}};function tp(s,e,t,n,i){let r=1-s;return r*r*r*e+3*r*r*s*t+3*r*s*s*n+s*s*s*i}function mg(s,e,t,n,i){let r=1-s;return 3*r*r*(t-e)+6*r*s*(n-t)+3*s*s*(i-n)}function gg(s,e,t,n,i){let r=(s-e)/(i-e);for(let o=0;o<8;o++){let l=tp(r,e,t,n,i)-s;if(Math.abs(l)<1e-10)break;let c=mg(r,e,t,n,i);if(Math.abs(c)<1e-10)break;r=Math.max(0,Math.min(1,r-l/c))}return r}var un=class{constructor(e,t,n,i){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Li(t,this.TimeBufferType),this.values=Li(n,this.ValueBufferType),this.setInterpolation(i||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:Li(e.times,Array),values:Li(e.values,Array)};let i=e.getInterpolation();i!==e.DefaultInterpolation&&(n.interpolation=i),Mr(e.settings)&&(n.settings={inTangents:Li(e.settings.inTangents,Array),outTangents:Li(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new _a(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new ga(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new ma(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new xa(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Ji:t=this.InterpolantFactoryMethodDiscrete;break;case ji:t=this.InterpolantFactoryMethodLinear;break;case Jo:t=this.InterpolantFactoryMethodSmooth;break;case gc:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Re("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Ji;case this.InterpolantFactoryMethodLinear:return ji;case this.InterpolantFactoryMethodSmooth:return Jo;case this.InterpolantFactoryMethodBezier:return gc}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,i=t.length;n!==i;++n)t[n]+=e;Mr(this.settings)&&(cd(this.settings.inTangents,e),cd(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,i=t.length;n!==i;++n)t[n]*=e;Mr(this.settings)&&(hd(this.settings.inTangents,e),hd(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,i=n.length,r=0,o=i-1;for(;r!==i&&n[r]<e;)++r;for(;o!==-1&&n[o]>t;)--o;if(++o,r!==0||o!==i){r>=o&&(o=Math.max(o,1),r=o-1);let l=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*l,o*l)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(ke("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,i=this.values,r=n.length;r===0&&(ke("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let l=0;l!==r;l++){let c=n[l];if(typeof c=="number"&&isNaN(c)){ke("KeyframeTrack: Time is not a valid number.",this,l,c),e=!1;break}if(o!==null&&o>c){ke("KeyframeTrack: Out of order keys.",this,l,c,o),e=!1;break}o=c}if(i!==void 0&&Am(i))for(let l=0,c=i.length;l!==c;++l){let a=i[l];if(isNaN(a)){ke("KeyframeTrack: Value is not a valid number.",this,l,a),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),i=this.getInterpolation()===Jo,r=e.length-1,o=1;for(let l=1;l<r;++l){let c=!1,a=e[l],h=e[l+1];if(a!==h&&(l!==1||a!==e[0]))if(i)c=!0;else{let f=l*n,u=f-n,d=f+n;for(let m=0;m!==n;++m){let S=t[f+m];if(S!==t[u+m]||S!==t[d+m]){c=!0;break}}}if(c){if(l!==o){e[o]=e[l];let f=l*n,u=o*n;for(let d=0;d!==n;++d)t[u+d]=t[f+d]}++o}}if(r>0){e[o]=e[r];for(let l=r*n,c=o*n,a=0;a!==n;++a)t[c+a]=t[l+a];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,i=new n(this.name,e,t);return i.createInterpolant=this.createInterpolant,Mr(this.settings)&&(i.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),i}};function cd(s,e){for(let t=0,n=s.length;t!==n;t+=2)s[t]+=e}function hd(s,e){for(let t=0,n=s.length;t!==n;t+=2)s[t]*=e}un.prototype.ValueTypeName="";un.prototype.TimeBufferType=Float32Array;un.prototype.ValueBufferType=Float32Array;un.prototype.DefaultInterpolation=ji;var pi=class extends un{constructor(e,t,n){super(e,t,n)}};pi.prototype.ValueTypeName="bool";pi.prototype.ValueBufferType=Array;pi.prototype.DefaultInterpolation=Ji;pi.prototype.InterpolantFactoryMethodLinear=void 0;pi.prototype.InterpolantFactoryMethodSmooth=void 0;var Gr=class extends un{constructor(e,t,n,i){super(e,t,n,i)}};Gr.prototype.ValueTypeName="color";var mi=class extends un{constructor(e,t,n,i){super(e,t,n,i)}};mi.prototype.ValueTypeName="number";var ya=class extends qn{constructor(e,t,n,i){super(e,t,n,i)}interpolate_(e,t,n,i){let r=this.resultBuffer,o=this.sampleValues,l=this.valueSize,c=(n-t)/(i-t),a=e*l;for(let h=a+l;a!==h;a+=4)tn.slerpFlat(r,0,o,a-l,o,a,c);return r}},gi=class extends un{constructor(e,t,n,i){super(e,t,n,i)}InterpolantFactoryMethodLinear(e){return new ya(this.times,this.values,this.getValueSize(),e)}};gi.prototype.ValueTypeName="quaternion";gi.prototype.InterpolantFactoryMethodSmooth=void 0;var _i=class extends un{constructor(e,t,n){super(e,t,n)}};_i.prototype.ValueTypeName="string";_i.prototype.ValueBufferType=Array;_i.prototype.DefaultInterpolation=Ji;_i.prototype.InterpolantFactoryMethodLinear=void 0;_i.prototype.InterpolantFactoryMethodSmooth=void 0;var Oi=class extends un{constructor(e,t,n,i){super(e,t,n,i)}};Oi.prototype.ValueTypeName="vector";var Hr=class{constructor(e="",t=-1,n=[],i=zd){this.name=e,this.tracks=n,this.duration=t,this.blendMode=i,this.uuid=Zn(),this.userData={},this.duration<0&&this.resetDuration()}static parse(e){let t=[],n=e.tracks,i=1/(e.fps||1);for(let o=0,l=n.length;o!==l;++o)t.push(xg(n[o]).scale(i));let r=new this(e.name,e.duration,t,e.blendMode);return r.uuid=e.uuid,r.userData=JSON.parse(e.userData||"{}"),r}static toJSON(e){let t=[],n=e.tracks,i={name:e.name,duration:e.duration,tracks:t,uuid:e.uuid,blendMode:e.blendMode,userData:JSON.stringify(e.userData)};for(let r=0,o=n.length;r!==o;++r)t.push(un.toJSON(n[r]));return i}static CreateFromMorphTargetSequence(e,t,n,i){let r=t.length,o=[];for(let l=0;l<r;l++){let c=[],a=[];c.push((l+r-1)%r,l,(l+1)%r),a.push(0,1,0);let h=dg(c);c=ld(c,1,h),a=ld(a,1,h),!i&&c[0]===0&&(c.push(r),a.push(a[0])),o.push(new mi(".morphTargetInfluences["+t[l].name+"]",c,a).scale(1/n))}return new this(e,-1,o)}static findByName(e,t){let n=e;if(!Array.isArray(e)){let i=e;n=i.geometry&&i.geometry.animations||i.animations}for(let i=0;i<n.length;i++)if(n[i].name===t)return n[i];return null}static CreateClipsFromMorphTargetSequences(e,t,n){let i={},r=/^([\w-]*?)([\d]+)$/;for(let l=0,c=e.length;l<c;l++){let a=e[l],h=a.name.match(r);if(h&&h.length>1){let f=h[1],u=i[f];u||(i[f]=u=[]),u.push(a)}}let o=[];for(let l in i)o.push(this.CreateFromMorphTargetSequence(l,i[l],t,n));return o}resetDuration(){let e=this.tracks,t=0;for(let n=0,i=e.length;n!==i;++n){let r=this.tracks[n];t=Math.max(t,r.times[r.times.length-1])}return this.duration=t,this}trim(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].trim(0,this.duration);return this}validate(){let e=!0;for(let t=0;t<this.tracks.length;t++)e=e&&this.tracks[t].validate();return e}optimize(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].optimize();return this}clone(){let e=[];for(let n=0;n<this.tracks.length;n++)e.push(this.tracks[n].clone());let t=new this.constructor(this.name,this.duration,e,this.blendMode);return t.userData=JSON.parse(JSON.stringify(this.userData)),t}toJSON(){return this.constructor.toJSON(this)}};function _g(s){switch(s.toLowerCase()){case"scalar":case"double":case"float":case"number":case"integer":return mi;case"vector":case"vector2":case"vector3":case"vector4":return Oi;case"color":return Gr;case"quaternion":return gi;case"bool":case"boolean":return pi;case"string":return _i}throw new Error("THREE.KeyframeTrack: Unsupported typeName: "+s)}function xg(s){if(s.type===void 0)throw new Error("THREE.KeyframeTrack: track type undefined, can not parse");let e=_g(s.type);if(s.times===void 0){let n=[],i=[];pg(s.keys,n,i,"value"),s.times=n,s.values=i}let t;return e.parse!==void 0?t=e.parse(s):t=new e(s.name,s.times,s.values,s.interpolation),Mr(s.settings)&&(t.settings={inTangents:Li(s.settings.inTangents,Float32Array),outTangents:Li(s.settings.outTangents,Float32Array)}),t}var Gn={enabled:!1,files:{},add:function(s,e){this.enabled!==!1&&(ud(s)||(this.files[s]=e))},get:function(s){if(this.enabled!==!1&&!ud(s))return this.files[s]},remove:function(s){delete this.files[s]},clear:function(){this.files={}}};function ud(s){try{let e=s.slice(s.indexOf(":")+1);return new URL(e).protocol==="blob:"}catch{return!1}}var va=class{constructor(e,t,n){let i=this,r=!1,o=0,l=0,c,a=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(h){l++,r===!1&&i.onStart!==void 0&&i.onStart(h,o,l),r=!0},this.itemEnd=function(h){o++,i.onProgress!==void 0&&i.onProgress(h,o,l),o===l&&(r=!1,i.onLoad!==void 0&&i.onLoad())},this.itemError=function(h){i.onError!==void 0&&i.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),c?c(h):h},this.setURLModifier=function(h){return c=h,this},this.addHandler=function(h,f){return a.push(h,f),this},this.removeHandler=function(h){let f=a.indexOf(h);return f!==-1&&a.splice(f,2),this},this.getHandler=function(h){for(let f=0,u=a.length;f<u;f+=2){let d=a[f],m=a[f+1];if(d.global&&(d.lastIndex=0),d.test(h))return m}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},np=new va,Yn=class{constructor(e){this.manager=e!==void 0?e:np,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(i,r){n.load(e,i,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Yn.DEFAULT_MATERIAL_NAME="__DEFAULT";var li={},Sc=class extends Error{constructor(e,t){super(e),this.response=t}},Zs=class extends Yn{constructor(e){super(e),this.mimeType="",this.responseType="",this._abortController=new AbortController}load(e,t,n,i){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=Gn.get(`file:${e}`);if(r!==void 0){this.manager.itemStart(e),setTimeout(()=>{t&&t(r),this.manager.itemEnd(e)},0);return}if(li[e]!==void 0){li[e].push({onLoad:t,onProgress:n,onError:i});return}li[e]=[],li[e].push({onLoad:t,onProgress:n,onError:i});let o=new Request(e,{headers:new Headers(this.requestHeader),credentials:this.withCredentials?"include":"same-origin",priority:this.priority,cache:this.cache,signal:typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal}),l=this.mimeType,c=this.responseType;fetch(o).then(a=>{if(a.status===200||a.status===0){if(a.status===0&&Re("FileLoader: HTTP Status 0 received."),typeof ReadableStream>"u"||a.body===void 0||a.body.getReader===void 0)return a;let h=li[e],f=a.body.getReader(),u=a.headers.get("X-File-Size")||a.headers.get("Content-Length"),d=u?parseInt(u):0,m=d!==0,S=0,p=new ReadableStream({start(g){b();function b(){f.read().then(({done:A,value:M})=>{if(A)g.close();else{S+=M.byteLength;let C=new ProgressEvent("progress",{lengthComputable:m,loaded:S,total:d});for(let R=0,x=h.length;R<x;R++){let w=h[R];w.onProgress&&w.onProgress(C)}g.enqueue(M),b()}},A=>{g.error(A)})}}});return new Response(p)}else throw new Sc(`fetch for "${a.url}" responded with ${a.status}: ${a.statusText}`,a)}).then(a=>{switch(c){case"arraybuffer":return a.arrayBuffer();case"blob":return a.blob();case"document":return a.text().then(h=>new DOMParser().parseFromString(h,l));case"json":return a.json();default:if(l==="")return a.text();{let f=/charset="?([^;"\s]*)"?/i.exec(l),u=f&&f[1]?f[1].toLowerCase():void 0,d=new TextDecoder(u);return a.arrayBuffer().then(m=>d.decode(m))}}}).then(a=>{Gn.add(`file:${e}`,a);let h=li[e];delete li[e];for(let f=0,u=h.length;f<u;f++){let d=h[f];d.onLoad&&d.onLoad(a)}}).catch(a=>{let h=li[e];if(h===void 0)throw this.manager.itemError(e),a;delete li[e];for(let f=0,u=h.length;f<u;f++){let d=h[f];d.onError&&d.onError(a)}this.manager.itemError(e)}).finally(()=>{this.manager.itemEnd(e)}),this.manager.itemStart(e)}setResponseType(e){return this.responseType=e,this}setMimeType(e){return this.mimeType=e,this}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}};var Ls=new WeakMap,Sa=class extends Yn{constructor(e){super(e)}load(e,t,n,i){this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=this,o=Gn.get(`image:${e}`);if(o!==void 0){if(o.complete===!0)r.manager.itemStart(e),setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);else{let f=Ls.get(o);f===void 0&&(f=[],Ls.set(o,f)),f.push({onLoad:t,onError:i})}return o}let l=ks("img");function c(){h(),t&&t(this);let f=Ls.get(this)||[];for(let u=0;u<f.length;u++){let d=f[u];d.onLoad&&d.onLoad(this)}Ls.delete(this),r.manager.itemEnd(e)}function a(f){h(),i&&i(f),Gn.remove(`image:${e}`);let u=Ls.get(this)||[];for(let d=0;d<u.length;d++){let m=u[d];m.onError&&m.onError(f)}Ls.delete(this),r.manager.itemError(e),r.manager.itemEnd(e)}function h(){l.removeEventListener("load",c,!1),l.removeEventListener("error",a,!1)}return l.addEventListener("load",c,!1),l.addEventListener("error",a,!1),e.slice(0,5)!=="data:"&&this.crossOrigin!==void 0&&(l.crossOrigin=this.crossOrigin),Gn.add(`image:${e}`,l),r.manager.itemStart(e),l.fetchPriority=this.priority,l.src=e,l}};var Wr=class extends Yn{constructor(e){super(e)}load(e,t,n,i){let r=new kt,o=new Sa(this.manager);return o.setPriority(this.priority),o.setCache(this.cache),o.setCrossOrigin(this.crossOrigin),o.setPath(this.path),o.load(e,function(l){r.image=l,r.needsUpdate=!0,t!==void 0&&t(r)},n,i),r}},Fi=class extends gt{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Oe(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},Xr=class extends Fi{constructor(e,t,n){super(e,n),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(gt.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Oe(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},dc=new Xe,fd=new O,dd=new O,Js=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new je(512,512),this.mapType=fn,this.map=null,this.mapPass=null,this.matrix=new Xe,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ui,this._frameExtents=new je(1,1),this._viewportCount=1,this._viewports=[new ct(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;fd.setFromMatrixPosition(e.matrixWorld),t.position.copy(fd),dd.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(dd),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,n,i){dc.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),n.setFromProjectionMatrix(dc,e.coordinateSystem,e.reversedDepth);let r=this._frameExtents,o=i?i.z/r.x:1,l=i?i.w/r.y:1,c=i?i.x/r.x:0,a=i?i.y/r.y:0;e.coordinateSystem===Bs||e.reversedDepth?t.set(.5*o,0,0,.5*o+c,0,.5*l,0,.5*l+a,0,0,1,0,0,0,0,1):t.set(.5*o,0,0,.5*o+c,0,.5*l,0,.5*l+a,0,0,.5,.5,0,0,0,1),t.multiply(dc)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},Ko=new O,Zo=new tn,Vn=new O,qr=class extends gt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Xe,this.projectionMatrix=new Xe,this.projectionMatrixInverse=new Xe,this.coordinateSystem=wn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Ko,Zo,Vn),Vn.x===1&&Vn.y===1&&Vn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ko,Zo,Vn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(Ko,Zo,Vn),Vn.x===1&&Vn.y===1&&Vn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ko,Zo,Vn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Pi=new O,pd=new je,md=new je,It=class extends qr{constructor(e=50,t=1,n=.1,i=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=i,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=Qi*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(br*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return Qi*2*Math.atan(Math.tan(br*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){Pi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Pi.x,Pi.y).multiplyScalar(-e/Pi.z),Pi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Pi.x,Pi.y).multiplyScalar(-e/Pi.z)}getViewSize(e,t){return this.getViewBounds(e,pd,md),t.subVectors(md,pd)}setViewOffset(e,t,n,i,r,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=i,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(br*.5*this.fov)/this.zoom,n=2*t,i=this.aspect*n,r=-.5*i,o=this.view;if(this.view!==null&&this.view.enabled){let c=o.fullWidth,a=o.fullHeight;r+=o.offsetX*i/c,t-=o.offsetY*n/a,i*=o.width/c,n*=o.height/a}let l=this.filmOffset;l!==0&&(r+=e*l/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+i,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}},Mc=class extends Js{constructor(){super(new It(50,1,.5,500)),this.isSpotLightShadow=!0,this.focus=1,this.aspect=1}updateMatrices(e){let t=this.camera,n=Qi*2*e.angle*this.focus,i=this.mapSize.width/this.mapSize.height*this.aspect,r=e.distance||t.far;(n!==t.fov||i!==t.aspect||r!==t.far)&&(t.fov=n,t.aspect=i,t.far=r,t.updateProjectionMatrix()),super.updateMatrices(e)}copy(e){return super.copy(e),this.focus=e.focus,this.aspect=e.aspect,this}toJSON(){let e=super.toJSON();return e.focus=this.focus,e.aspect=this.aspect,e}},Yr=class extends Fi{constructor(e,t,n=0,i=Math.PI/3,r=0,o=2){super(e,t),this.isSpotLight=!0,this.type="SpotLight",this.position.copy(gt.DEFAULT_UP),this.updateMatrix(),this.target=new gt,this.distance=n,this.angle=i,this.penumbra=r,this.decay=o,this.map=null,this.shadow=new Mc}get power(){return this.intensity*Math.PI}set power(e){this.intensity=e/Math.PI}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.angle=e.angle,this.penumbra=e.penumbra,this.decay=e.decay,this.target=e.target.clone(),this.map=e.map,this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.distance=this.distance,t.object.angle=this.angle,t.object.decay=this.decay,t.object.penumbra=this.penumbra,t.object.target=this.target.uuid,this.map&&this.map.isTexture&&(t.object.map=this.map.toJSON(e).uuid),t.object.shadow=this.shadow.toJSON(),t}},bc=class extends Js{constructor(){super(new It(90,1,.5,500)),this.isPointLightShadow=!0}},$r=class extends Fi{constructor(e,t,n=0,i=2){super(e,t),this.isPointLight=!0,this.type="PointLight",this.distance=n,this.decay=i,this.shadow=new bc}get power(){return this.intensity*4*Math.PI}set power(e){this.intensity=e/(4*Math.PI)}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.decay=e.decay,this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.distance=this.distance,t.object.decay=this.decay,t.object.shadow=this.shadow.toJSON(),t}},is=class extends qr{constructor(e=-1,t=1,n=1,i=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=i,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,i,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=i,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,i=(this.top+this.bottom)/2,r=n-e,o=n+e,l=i+t,c=i-t;if(this.view!==null&&this.view.enabled){let a=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=a*this.view.offsetX,o=r+a*this.view.width,l-=h*this.view.offsetY,c=l-h*this.view.height}this.projectionMatrix.makeOrthographic(r,o,l,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},wc=class extends Js{constructor(){super(new is(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},ss=class extends Fi{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(gt.DEFAULT_UP),this.updateMatrix(),this.target=new gt,this.shadow=new wc}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}},Kr=class extends Fi{constructor(e,t){super(e,t),this.isAmbientLight=!0,this.type="AmbientLight"}};var xi=class{static extractUrlBase(e){let t=e.lastIndexOf("/");return t===-1?"./":e.slice(0,t+1)}static resolveURL(e,t){return typeof e!="string"||e===""?"":(/^https?:\/\//i.test(t)&&/^\//.test(e)&&(t=t.replace(/(^https?:\/\/[^\/]+).*/i,"$1")),/^(https?:)?\/\//i.test(e)||/^data:.*,.*$/i.test(e)||/^blob:.*$/i.test(e)?e:t+e)}};var pc=new WeakMap,Zr=class extends Yn{constructor(e){super(e),this.isImageBitmapLoader=!0,typeof createImageBitmap>"u"&&Re("ImageBitmapLoader: createImageBitmap() not supported."),typeof fetch>"u"&&Re("ImageBitmapLoader: fetch() not supported."),this.options={premultiplyAlpha:"none"},this._abortController=new AbortController}setOptions(e){return this.options=e,this}load(e,t,n,i){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=this,o=Gn.get(`image-bitmap:${e}`);if(o!==void 0){if(r.manager.itemStart(e),o.then){o.then(a=>{pc.has(o)===!0?(i&&i(pc.get(o)),r.manager.itemError(e),r.manager.itemEnd(e)):(t&&t(a),r.manager.itemEnd(e))});return}setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);return}let l={};l.credentials=this.withCredentials||this.crossOrigin!=="anonymous"?"include":"same-origin",l.headers=this.requestHeader,l.priority=this.priority,l.cache=this.cache,l.signal=typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal;let c=fetch(e,l).then(function(a){return a.blob()}).then(function(a){return createImageBitmap(a,Object.assign({},r.options,{colorSpaceConversion:"none"}))}).then(function(a){return Gn.add(`image-bitmap:${e}`,a),t&&t(a),r.manager.itemEnd(e),a}).catch(function(a){i&&i(a),pc.set(c,a),Gn.remove(`image-bitmap:${e}`),r.manager.itemError(e),r.manager.itemEnd(e)});Gn.add(`image-bitmap:${e}`,c),r.manager.itemStart(e)}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}};var Ns=-90,Ds=1,js=class extends gt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let i=new It(Ns,Ds,e,t);i.layers=this.layers,this.add(i);let r=new It(Ns,Ds,e,t);r.layers=this.layers,this.add(r);let o=new It(Ns,Ds,e,t);o.layers=this.layers,this.add(o);let l=new It(Ns,Ds,e,t);l.layers=this.layers,this.add(l);let c=new It(Ns,Ds,e,t);c.layers=this.layers,this.add(c);let a=new It(Ns,Ds,e,t);a.layers=this.layers,this.add(a)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,i,r,o,l,c]=t;for(let a of t)this.remove(a);if(e===wn)n.up.set(0,1,0),n.lookAt(1,0,0),i.up.set(0,1,0),i.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),l.up.set(0,1,0),l.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===Bs)n.up.set(0,-1,0),n.lookAt(-1,0,0),i.up.set(0,-1,0),i.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),l.up.set(0,-1,0),l.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let a of t)this.add(a),a.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:i}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[r,o,l,c,a,h]=this.children,f=e.getRenderTarget(),u=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),m=e.xr.enabled;e.xr.enabled=!1;let S=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let p=!1;e.isWebGLRenderer===!0?p=e.state.buffers.depth.getReversed():p=e.reversedDepthBuffer,e.setRenderTarget(n,0,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(n,1,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(n,3,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(n,4,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),n.texture.mipmapsAutoUpdate=S,e.setRenderTarget(n,5,i),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(f,u,d),e.xr.enabled=m,n.texture.needsPMREMUpdate=!0}},Ma=class extends It{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var rh="\\[\\]\\.:\\/",yg=new RegExp("["+rh+"]","g"),oh="[^"+rh+"]",vg="[^"+rh.replace("\\.","")+"]",Sg=/((?:WC+[\/:])*)/.source.replace("WC",oh),Mg=/(WCOD+)?/.source.replace("WCOD",vg),bg=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",oh),wg=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",oh),Tg=new RegExp("^"+Sg+Mg+bg+wg+"$"),Eg=["material","materials","bones","map"],Tc=class{constructor(e,t,n){let i=n||ft.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,i)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,i=this._bindings[n];i!==void 0&&i.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let i=this._targetGroup.nCachedObjects_,r=n.length;i!==r;++i)n[i].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},ft=class s{constructor(e,t,n){this.path=t,this.parsedPath=n||s.parseTrackName(t),this.node=s.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new s.Composite(e,t,n):new s(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(yg,"")}static parseTrackName(e){let t=Tg.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},i=n.nodeName&&n.nodeName.lastIndexOf(".");if(i!==void 0&&i!==-1){let r=n.nodeName.substring(i+1);Eg.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,i),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(r){for(let o=0;o<r.length;o++){let l=r[o];if(l.name===t||l.uuid===t)return l;let c=n(l.children);if(c)return c}return null},i=n(e.children);if(i)return i}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)e[t++]=n[i]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let i=0,r=n.length;i!==r;++i)n[i]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,i=t.propertyName,r=t.propertyIndex;if(e||(e=s.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Re("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let a=t.objectIndex;switch(n){case"materials":if(!e.material){ke("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){ke("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){ke("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===a){a=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){ke("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){ke("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){ke("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(a!==void 0){if(e[a]===void 0){ke("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[a]}}let o=e[i];if(o===void 0){let a=t.nodeName;ke("PropertyBinding: Trying to update property for track: "+a+"."+i+" but it wasn't found.",e);return}let l=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?l=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(l=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(r!==void 0){if(i==="morphTargetInfluences"){if(!e.geometry){ke("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){ke("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}c=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(c=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=i;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][l]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ft.Composite=Tc;ft.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ft.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ft.prototype.GetterByBindingType=[ft.prototype._getValue_direct,ft.prototype._getValue_array,ft.prototype._getValue_arrayElement,ft.prototype._getValue_toArray];ft.prototype.SetterByBindingTypeAndVersioning=[[ft.prototype._setValue_direct,ft.prototype._setValue_direct_setNeedsUpdate,ft.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_array,ft.prototype._setValue_array_setNeedsUpdate,ft.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_arrayElement,ft.prototype._setValue_arrayElement_setNeedsUpdate,ft.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_fromArray,ft.prototype._setValue_fromArray_setNeedsUpdate,ft.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var hS=new Float32Array(1);var fh=class fh{constructor(e,t,n,i){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,i)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,i){let r=this.elements;return r[0]=e,r[2]=t,r[1]=n,r[3]=i,this}};fh.prototype.isMatrix2=!0;var Ec=fh;function ah(s,e,t,n){let i=Ag(n);switch(t){case qc:return s*e;case Ia:return s*e/i.components*i.byteLength;case Pa:return s*e/i.components*i.byteLength;case Bi:return s*e*2/i.components*i.byteLength;case La:return s*e*2/i.components*i.byteLength;case Yc:return s*e*3/i.components*i.byteLength;case An:return s*e*4/i.components*i.byteLength;case Na:return s*e*4/i.components*i.byteLength;case jr:case Qr:return Math.floor((s+3)/4)*Math.floor((e+3)/4)*8;case eo:case to:return Math.floor((s+3)/4)*Math.floor((e+3)/4)*16;case Ua:case Fa:return Math.max(s,16)*Math.max(e,8)/4;case Da:case Oa:return Math.max(s,8)*Math.max(e,8)/2;case Ba:case ka:case Va:case Ga:return Math.floor((s+3)/4)*Math.floor((e+3)/4)*8;case za:case no:case Ha:return Math.floor((s+3)/4)*Math.floor((e+3)/4)*16;case Wa:return Math.floor((s+3)/4)*Math.floor((e+3)/4)*16;case Xa:return Math.floor((s+4)/5)*Math.floor((e+3)/4)*16;case qa:return Math.floor((s+4)/5)*Math.floor((e+4)/5)*16;case Ya:return Math.floor((s+5)/6)*Math.floor((e+4)/5)*16;case $a:return Math.floor((s+5)/6)*Math.floor((e+5)/6)*16;case Ka:return Math.floor((s+7)/8)*Math.floor((e+4)/5)*16;case Za:return Math.floor((s+7)/8)*Math.floor((e+5)/6)*16;case Ja:return Math.floor((s+7)/8)*Math.floor((e+7)/8)*16;case ja:return Math.floor((s+9)/10)*Math.floor((e+4)/5)*16;case Qa:return Math.floor((s+9)/10)*Math.floor((e+5)/6)*16;case el:return Math.floor((s+9)/10)*Math.floor((e+7)/8)*16;case tl:return Math.floor((s+9)/10)*Math.floor((e+9)/10)*16;case nl:return Math.floor((s+11)/12)*Math.floor((e+9)/10)*16;case il:return Math.floor((s+11)/12)*Math.floor((e+11)/12)*16;case sl:case rl:case ol:return Math.ceil(s/4)*Math.ceil(e/4)*16;case al:case ll:return Math.ceil(s/4)*Math.ceil(e/4)*8;case io:case cl:return Math.ceil(s/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Ag(s){switch(s){case fn:case Gc:return{byteLength:1,components:1};case ir:case Hc:case Bn:return{byteLength:2,components:1};case Ra:case Ca:return{byteLength:2,components:4};case Fn:case Aa:case gn:return{byteLength:4,components:1};case Wc:case Xc:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${s}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Re("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function wp(){let s=null,e=!1,t=null,n=null;function i(r,o){n=s.requestAnimationFrame(i),t(r,o)}return{start:function(){e!==!0&&t!==null&&s!==null&&(n=s.requestAnimationFrame(i),e=!0)},stop:function(){s!==null&&s.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){s=r}}}function Cg(s){let e=new WeakMap;function t(l,c){let a=l.array,h=l.usage,f=a.byteLength,u=s.createBuffer();s.bindBuffer(c,u),s.bufferData(c,a,h),l.onUploadCallback();let d;if(a instanceof Float32Array)d=s.FLOAT;else if(typeof Float16Array<"u"&&a instanceof Float16Array)d=s.HALF_FLOAT;else if(a instanceof Uint16Array)l.isFloat16BufferAttribute?d=s.HALF_FLOAT:d=s.UNSIGNED_SHORT;else if(a instanceof Int16Array)d=s.SHORT;else if(a instanceof Uint32Array)d=s.UNSIGNED_INT;else if(a instanceof Int32Array)d=s.INT;else if(a instanceof Int8Array)d=s.BYTE;else if(a instanceof Uint8Array)d=s.UNSIGNED_BYTE;else if(a instanceof Uint8ClampedArray)d=s.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+a);return{buffer:u,type:d,bytesPerElement:a.BYTES_PER_ELEMENT,version:l.version,size:f}}function n(l,c,a){let h=c.array,f=c.updateRanges;if(s.bindBuffer(a,l),f.length===0)s.bufferSubData(a,0,h);else{f.sort((d,m)=>d.start-m.start);let u=0;for(let d=1;d<f.length;d++){let m=f[u],S=f[d];S.start<=m.start+m.count+1?m.count=Math.max(m.count,S.start+S.count-m.start):(++u,f[u]=S)}f.length=u+1;for(let d=0,m=f.length;d<m;d++){let S=f[d];s.bufferSubData(a,S.start*h.BYTES_PER_ELEMENT,h,S.start,S.count)}c.clearUpdateRanges()}c.onUploadCallback()}function i(l){return l.isInterleavedBufferAttribute&&(l=l.data),e.get(l)}function r(l){l.isInterleavedBufferAttribute&&(l=l.data);let c=e.get(l);c&&(s.deleteBuffer(c.buffer),e.delete(l))}function o(l,c){if(l.isInterleavedBufferAttribute&&(l=l.data),l.isGLBufferAttribute){let h=e.get(l);(!h||h.version<l.version)&&e.set(l,{buffer:l.buffer,type:l.type,bytesPerElement:l.elementSize,version:l.version});return}let a=e.get(l);if(a===void 0)e.set(l,t(l,c));else if(a.version<l.version){if(a.size!==l.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(a.buffer,l,c),a.version=l.version}}return{get:i,remove:r,update:o}}var Ig=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Pg=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,Lg=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Ng=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Dg=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Ug=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Og=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,Fg=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Bg=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,kg=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,zg=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Vg=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Gg=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,Hg=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,Wg=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,Xg=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,qg=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,Yg=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,$g=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Kg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,Zg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Jg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,jg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,Qg=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,e0=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,t0=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,n0=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,i0=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,s0=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,r0="gl_FragColor = linearToOutputTexel( gl_FragColor );",o0=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,a0=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,l0=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,c0=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,h0=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,u0=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,f0=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,d0=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,p0=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,m0=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,g0=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,_0=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,x0=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,y0=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,v0=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,S0=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,M0=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,b0=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,w0=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,T0=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,E0=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,A0=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,R0=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,C0=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,I0=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,P0=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,L0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,N0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,D0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,U0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,O0=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,F0=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,B0=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,k0=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,z0=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,V0=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,G0=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,H0=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,W0=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,X0=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,q0=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Y0=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,$0=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,K0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Z0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,J0=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,j0=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,Q0=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,e_=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,t_=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,n_=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,i_=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,s_=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,r_=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,o_=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,a_=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,l_=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,c_=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,h_=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,u_=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,f_=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,d_=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,p_=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,m_=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,g_=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,__=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,x_=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,y_=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,v_=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,S_=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,M_=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,b_=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,w_=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,T_=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,E_=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,A_=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,R_=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,C_=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,I_=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,P_=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,L_=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,N_=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,D_=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,U_=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,O_=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,F_=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,B_=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,k_=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,z_=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,V_=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,G_=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,H_=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,W_=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,X_=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,q_=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Y_=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,$_=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,K_=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,Z_=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,J_=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,j_=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Q_=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,ex=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,tx=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,nx=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,ix=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,sx=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,rx=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,ox=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,ax=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,lx=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Ke={alphahash_fragment:Ig,alphahash_pars_fragment:Pg,alphamap_fragment:Lg,alphamap_pars_fragment:Ng,alphatest_fragment:Dg,alphatest_pars_fragment:Ug,aomap_fragment:Og,aomap_pars_fragment:Fg,batching_pars_vertex:Bg,batching_vertex:kg,begin_vertex:zg,beginnormal_vertex:Vg,bsdfs:Gg,iridescence_fragment:Hg,bumpmap_pars_fragment:Wg,clipping_planes_fragment:Xg,clipping_planes_pars_fragment:qg,clipping_planes_pars_vertex:Yg,clipping_planes_vertex:$g,color_fragment:Kg,color_pars_fragment:Zg,color_pars_vertex:Jg,color_vertex:jg,common:Qg,defaultnormal_vertex:e0,displacementmap_pars_vertex:t0,displacementmap_vertex:n0,emissivemap_fragment:i0,emissivemap_pars_fragment:s0,colorspace_fragment:r0,colorspace_pars_fragment:o0,envmap_fragment:a0,envmap_common_pars_fragment:l0,envmap_pars_fragment:c0,envmap_pars_vertex:h0,envmap_physical_pars_fragment:S0,envmap_vertex:u0,fog_vertex:f0,fog_pars_vertex:d0,fog_fragment:p0,fog_pars_fragment:m0,gradientmap_pars_fragment:g0,lightmap_pars_fragment:_0,lights_lambert_fragment:x0,lights_lambert_pars_fragment:y0,lights_pars_begin:v0,lights_toon_fragment:M0,lights_toon_pars_fragment:b0,lights_phong_fragment:w0,lights_phong_pars_fragment:T0,lights_physical_fragment:E0,lights_physical_pars_fragment:A0,lights_fragment_begin:R0,lights_fragment_maps:C0,lights_fragment_end:I0,lightprobes_pars_fragment:P0,logdepthbuf_fragment:L0,logdepthbuf_pars_fragment:N0,logdepthbuf_pars_vertex:D0,logdepthbuf_vertex:U0,map_fragment:O0,map_pars_fragment:F0,map_particle_fragment:B0,map_particle_pars_fragment:k0,metalnessmap_fragment:z0,metalnessmap_pars_fragment:V0,morphinstance_vertex:G0,morphcolor_vertex:H0,morphnormal_vertex:W0,morphtarget_pars_vertex:X0,morphtarget_vertex:q0,normal_fragment_begin:Y0,normal_fragment_maps:$0,normal_pars_fragment:K0,normal_pars_vertex:Z0,normal_vertex:J0,normalmap_pars_fragment:j0,clearcoat_normal_fragment_begin:Q0,clearcoat_normal_fragment_maps:e_,clearcoat_pars_fragment:t_,iridescence_pars_fragment:n_,opaque_fragment:i_,packing:s_,premultiplied_alpha_fragment:r_,project_vertex:o_,dithering_fragment:a_,dithering_pars_fragment:l_,roughnessmap_fragment:c_,roughnessmap_pars_fragment:h_,shadowmap_pars_fragment:u_,shadowmap_pars_vertex:f_,shadowmap_vertex:d_,shadowmask_pars_fragment:p_,skinbase_vertex:m_,skinning_pars_vertex:g_,skinning_vertex:__,skinnormal_vertex:x_,specularmap_fragment:y_,specularmap_pars_fragment:v_,tonemapping_fragment:S_,tonemapping_pars_fragment:M_,transmission_fragment:b_,transmission_pars_fragment:w_,uv_pars_fragment:T_,uv_pars_vertex:E_,uv_vertex:A_,worldpos_vertex:R_,background_vert:C_,background_frag:I_,backgroundCube_vert:P_,backgroundCube_frag:L_,cube_vert:N_,cube_frag:D_,depth_vert:U_,depth_frag:O_,distance_vert:F_,distance_frag:B_,equirect_vert:k_,equirect_frag:z_,linedashed_vert:V_,linedashed_frag:G_,meshbasic_vert:H_,meshbasic_frag:W_,meshlambert_vert:X_,meshlambert_frag:q_,meshmatcap_vert:Y_,meshmatcap_frag:$_,meshnormal_vert:K_,meshnormal_frag:Z_,meshphong_vert:J_,meshphong_frag:j_,meshphysical_vert:Q_,meshphysical_frag:ex,meshtoon_vert:tx,meshtoon_frag:nx,points_vert:ix,points_frag:sx,shadow_vert:rx,shadow_frag:ox,sprite_vert:ax,sprite_frag:lx},xe={common:{diffuse:{value:new Oe(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new ze},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new ze}},envmap:{envMap:{value:null},envMapRotation:{value:new ze},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new ze}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new ze}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new ze},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new ze},normalScale:{value:new je(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new ze},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new ze}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new ze}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new ze}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Oe(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Oe(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0},uvTransform:{value:new ze}},sprite:{diffuse:{value:new Oe(16777215)},opacity:{value:1},center:{value:new je(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new ze},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0}}},jn={basic:{uniforms:Zt([xe.common,xe.specularmap,xe.envmap,xe.aomap,xe.lightmap,xe.fog]),vertexShader:Ke.meshbasic_vert,fragmentShader:Ke.meshbasic_frag},lambert:{uniforms:Zt([xe.common,xe.specularmap,xe.envmap,xe.aomap,xe.lightmap,xe.emissivemap,xe.bumpmap,xe.normalmap,xe.displacementmap,xe.fog,xe.lights,{emissive:{value:new Oe(0)},envMapIntensity:{value:1}}]),vertexShader:Ke.meshlambert_vert,fragmentShader:Ke.meshlambert_frag},phong:{uniforms:Zt([xe.common,xe.specularmap,xe.envmap,xe.aomap,xe.lightmap,xe.emissivemap,xe.bumpmap,xe.normalmap,xe.displacementmap,xe.fog,xe.lights,{emissive:{value:new Oe(0)},specular:{value:new Oe(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ke.meshphong_vert,fragmentShader:Ke.meshphong_frag},standard:{uniforms:Zt([xe.common,xe.envmap,xe.aomap,xe.lightmap,xe.emissivemap,xe.bumpmap,xe.normalmap,xe.displacementmap,xe.roughnessmap,xe.metalnessmap,xe.fog,xe.lights,{emissive:{value:new Oe(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ke.meshphysical_vert,fragmentShader:Ke.meshphysical_frag},toon:{uniforms:Zt([xe.common,xe.aomap,xe.lightmap,xe.emissivemap,xe.bumpmap,xe.normalmap,xe.displacementmap,xe.gradientmap,xe.fog,xe.lights,{emissive:{value:new Oe(0)}}]),vertexShader:Ke.meshtoon_vert,fragmentShader:Ke.meshtoon_frag},matcap:{uniforms:Zt([xe.common,xe.bumpmap,xe.normalmap,xe.displacementmap,xe.fog,{matcap:{value:null}}]),vertexShader:Ke.meshmatcap_vert,fragmentShader:Ke.meshmatcap_frag},points:{uniforms:Zt([xe.points,xe.fog]),vertexShader:Ke.points_vert,fragmentShader:Ke.points_frag},dashed:{uniforms:Zt([xe.common,xe.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ke.linedashed_vert,fragmentShader:Ke.linedashed_frag},depth:{uniforms:Zt([xe.common,xe.displacementmap]),vertexShader:Ke.depth_vert,fragmentShader:Ke.depth_frag},normal:{uniforms:Zt([xe.common,xe.bumpmap,xe.normalmap,xe.displacementmap,{opacity:{value:1}}]),vertexShader:Ke.meshnormal_vert,fragmentShader:Ke.meshnormal_frag},sprite:{uniforms:Zt([xe.sprite,xe.fog]),vertexShader:Ke.sprite_vert,fragmentShader:Ke.sprite_frag},background:{uniforms:{uvTransform:{value:new ze},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ke.background_vert,fragmentShader:Ke.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new ze}},vertexShader:Ke.backgroundCube_vert,fragmentShader:Ke.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ke.cube_vert,fragmentShader:Ke.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ke.equirect_vert,fragmentShader:Ke.equirect_frag},distance:{uniforms:Zt([xe.common,xe.displacementmap,{referencePosition:{value:new O},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ke.distance_vert,fragmentShader:Ke.distance_frag},shadow:{uniforms:Zt([xe.lights,xe.fog,{color:{value:new Oe(0)},opacity:{value:1}}]),vertexShader:Ke.shadow_vert,fragmentShader:Ke.shadow_frag}};jn.physical={uniforms:Zt([jn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new ze},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new ze},clearcoatNormalScale:{value:new je(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new ze},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new ze},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new ze},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new ze},sheen:{value:0},sheenColor:{value:new Oe(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new ze},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new ze},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new ze},transmissionSamplerSize:{value:new je},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new ze},attenuationDistance:{value:0},attenuationColor:{value:new Oe(0)},specularColor:{value:new Oe(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new ze},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new ze},anisotropyVector:{value:new je},anisotropyMap:{value:null},anisotropyMapTransform:{value:new ze}}]),vertexShader:Ke.meshphysical_vert,fragmentShader:Ke.meshphysical_frag};var dl={r:0,b:0,g:0},cx=new Xe,Tp=new ze;Tp.set(-1,0,0,0,1,0,0,0,1);function hx(s,e,t,n,i,r){let o=new Oe(0),l=i===!0?0:1,c,a,h=null,f=0,u=null;function d(b){let A=b.isScene===!0?b.background:null;if(A&&A.isTexture){let M=b.backgroundBlurriness>0;A=e.get(A,M)}return A}function m(b){let A=!1,M=d(b);M===null?p(o,l):M&&M.isColor&&(p(M,1),A=!0);let C=s.xr.getEnvironmentBlendMode();C==="additive"?t.buffers.color.setClear(0,0,0,1,r):C==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(s.autoClear||A)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),s.clear(s.autoClearColor,s.autoClearDepth,s.autoClearStencil))}function S(b,A){let M=d(A);M&&M.isCubeTexture?(a===void 0&&(a=new sn(new Ks(1,1,1),new Xn({name:"BackgroundCubeMaterial",uniforms:hs(jn.backgroundCube.uniforms),vertexShader:jn.backgroundCube.vertexShader,fragmentShader:jn.backgroundCube.fragmentShader,side:on,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),a.geometry.deleteAttribute("normal"),a.geometry.deleteAttribute("uv"),a.onBeforeRender=function(C,R,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(a.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(a)),a.material.uniforms.envMap.value=M,a.material.uniforms.backgroundBlurriness.value=A.backgroundBlurriness,a.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,a.material.uniforms.backgroundRotation.value.setFromMatrix4(cx.makeRotationFromEuler(A.backgroundRotation)).transpose(),M.isRenderTargetTexture===!1&&a.material.uniforms.backgroundRotation.value.premultiply(Tp),a.material.toneMapped=Je.getTransfer(M.colorSpace)!==ot,(h!==M||f!==M.version||u!==s.toneMapping)&&(a.material.needsUpdate=!0,h=M,f=M.version,u=s.toneMapping),a.layers.enableAll(),b.unshift(a,a.geometry,a.material,0,0,null)):M&&M.isTexture&&(c===void 0&&(c=new sn(new Vr(2,2),new Xn({name:"BackgroundMaterial",uniforms:hs(jn.background.uniforms),vertexShader:jn.background.vertexShader,fragmentShader:jn.background.fragmentShader,side:$n,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(c)),c.material.uniforms.t2D.value=M,c.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,c.material.toneMapped=Je.getTransfer(M.colorSpace)!==ot,M.matrixAutoUpdate===!0&&M.updateMatrix(),c.material.uniforms.uvTransform.value.copy(M.matrix),(h!==M||f!==M.version||u!==s.toneMapping)&&(c.material.needsUpdate=!0,h=M,f=M.version,u=s.toneMapping),c.layers.enableAll(),b.unshift(c,c.geometry,c.material,0,0,null))}function p(b,A){b.getRGB(dl,sh(s)),t.buffers.color.setClear(dl.r,dl.g,dl.b,A,r)}function g(){a!==void 0&&(a.geometry.dispose(),a.material.dispose(),a=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return o},setClearColor:function(b,A=1){o.set(b),l=A,p(o,l)},getClearAlpha:function(){return l},setClearAlpha:function(b){l=b,p(o,l)},render:m,addToRenderList:S,dispose:g}}function ux(s,e){let t=s.getParameter(s.MAX_VERTEX_ATTRIBS),n={},i=u(null),r=i,o=!1;function l(E,X,I,_,L){let G=!1,F=f(E,_,I,X);r!==F&&(r=F,a(r.object)),G=d(E,_,I,L),G&&m(E,_,I,L),L!==null&&e.update(L,s.ELEMENT_ARRAY_BUFFER),(G||o)&&(o=!1,M(E,X,I,_),L!==null&&s.bindBuffer(s.ELEMENT_ARRAY_BUFFER,e.get(L).buffer))}function c(){return s.createVertexArray()}function a(E){return s.bindVertexArray(E)}function h(E){return s.deleteVertexArray(E)}function f(E,X,I,_){let L=_.wireframe===!0,G=n[X.id];G===void 0&&(G={},n[X.id]=G);let F=E.isInstancedMesh===!0?E.id:0,ee=G[F];ee===void 0&&(ee={},G[F]=ee);let H=ee[I.id];H===void 0&&(H={},ee[I.id]=H);let Z=H[L];return Z===void 0&&(Z=u(c()),H[L]=Z),Z}function u(E){let X=[],I=[],_=[];for(let L=0;L<t;L++)X[L]=0,I[L]=0,_[L]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:X,enabledAttributes:I,attributeDivisors:_,object:E,attributes:{},index:null}}function d(E,X,I,_){let L=r.attributes,G=X.attributes,F=0,ee=I.getAttributes();for(let H in ee)if(ee[H].location>=0){let ne=L[H],me=G[H];if(me===void 0&&(H==="instanceMatrix"&&E.instanceMatrix&&(me=E.instanceMatrix),H==="instanceColor"&&E.instanceColor&&(me=E.instanceColor)),ne===void 0||ne.attribute!==me||me&&ne.data!==me.data)return!0;F++}return r.attributesNum!==F||r.index!==_}function m(E,X,I,_){let L={},G=X.attributes,F=0,ee=I.getAttributes();for(let H in ee)if(ee[H].location>=0){let ne=G[H];ne===void 0&&(H==="instanceMatrix"&&E.instanceMatrix&&(ne=E.instanceMatrix),H==="instanceColor"&&E.instanceColor&&(ne=E.instanceColor));let me={};me.attribute=ne,ne&&ne.data&&(me.data=ne.data),L[H]=me,F++}r.attributes=L,r.attributesNum=F,r.index=_}function S(){let E=r.newAttributes;for(let X=0,I=E.length;X<I;X++)E[X]=0}function p(E){g(E,0)}function g(E,X){let I=r.newAttributes,_=r.enabledAttributes,L=r.attributeDivisors;I[E]=1,_[E]===0&&(s.enableVertexAttribArray(E),_[E]=1),L[E]!==X&&(s.vertexAttribDivisor(E,X),L[E]=X)}function b(){let E=r.newAttributes,X=r.enabledAttributes;for(let I=0,_=X.length;I<_;I++)X[I]!==E[I]&&(s.disableVertexAttribArray(I),X[I]=0)}function A(E,X,I,_,L,G,F){F===!0?s.vertexAttribIPointer(E,X,I,L,G):s.vertexAttribPointer(E,X,I,_,L,G)}function M(E,X,I,_){S();let L=_.attributes,G=I.getAttributes(),F=X.defaultAttributeValues;for(let ee in G){let H=G[ee];if(H.location>=0){let Z=L[ee];if(Z===void 0&&(ee==="instanceMatrix"&&E.instanceMatrix&&(Z=E.instanceMatrix),ee==="instanceColor"&&E.instanceColor&&(Z=E.instanceColor)),Z!==void 0){let ne=Z.normalized,me=Z.itemSize,Me=e.get(Z);if(Me===void 0)continue;let q=Me.buffer,se=Me.type,ge=Me.bytesPerElement,Le=se===s.INT||se===s.UNSIGNED_INT||Z.gpuType===Aa;if(Z.isInterleavedBufferAttribute){let ye=Z.data,We=ye.isInterleavedBuffer===!0?ye.stride:ye.itemSize,bt=Z.offset;if(ye.isInstancedInterleavedBuffer||ye.isInstancedBufferAttribute){for(let Be=0;Be<H.locationSize;Be++)g(H.location+Be,ye.meshPerAttribute);E.isInstancedMesh!==!0&&_._maxInstanceCount===void 0&&(_._maxInstanceCount=ye.meshPerAttribute*ye.count)}else for(let Be=0;Be<H.locationSize;Be++)p(H.location+Be);s.bindBuffer(s.ARRAY_BUFFER,q);for(let Be=0;Be<H.locationSize;Be++)A(H.location+Be,me/H.locationSize,se,ne,We*ge,(bt+me/H.locationSize*Be)*ge,Le)}else{if(Z.isInstancedBufferAttribute){for(let ye=0;ye<H.locationSize;ye++)g(H.location+ye,Z.meshPerAttribute);E.isInstancedMesh!==!0&&_._maxInstanceCount===void 0&&(_._maxInstanceCount=Z.meshPerAttribute*Z.count)}else for(let ye=0;ye<H.locationSize;ye++)p(H.location+ye);s.bindBuffer(s.ARRAY_BUFFER,q);for(let ye=0;ye<H.locationSize;ye++)A(H.location+ye,me/H.locationSize,se,ne,me*ge,me/H.locationSize*ye*ge,Le)}}else if(F!==void 0){let ne=F[ee];if(ne!==void 0)switch(ne.length){case 2:s.vertexAttrib2fv(H.location,ne);break;case 3:s.vertexAttrib3fv(H.location,ne);break;case 4:s.vertexAttrib4fv(H.location,ne);break;default:s.vertexAttrib1fv(H.location,ne)}}}}b()}function C(){k();for(let E in n){let X=n[E];for(let I in X){let _=X[I];for(let L in _){let G=_[L];for(let F in G)h(G[F].object),delete G[F];delete _[L]}}delete n[E]}}function R(E){if(n[E.id]===void 0)return;let X=n[E.id];for(let I in X){let _=X[I];for(let L in _){let G=_[L];for(let F in G)h(G[F].object),delete G[F];delete _[L]}}delete n[E.id]}function x(E){for(let X in n){let I=n[X];for(let _ in I){let L=I[_];if(L[E.id]===void 0)continue;let G=L[E.id];for(let F in G)h(G[F].object),delete G[F];delete L[E.id]}}}function w(E){for(let X in n){let I=n[X],_=E.isInstancedMesh===!0?E.id:0,L=I[_];if(L!==void 0){for(let G in L){let F=L[G];for(let ee in F)h(F[ee].object),delete F[ee];delete L[G]}delete I[_],Object.keys(I).length===0&&delete n[X]}}}function k(){D(),o=!0,r!==i&&(r=i,a(r.object))}function D(){i.geometry=null,i.program=null,i.wireframe=!1}return{setup:l,reset:k,resetDefaultState:D,dispose:C,releaseStatesOfGeometry:R,releaseStatesOfObject:w,releaseStatesOfProgram:x,initAttributes:S,enableAttribute:p,disableUnusedAttributes:b}}function fx(s,e,t){let n;function i(c){n=c}function r(c,a){s.drawArrays(n,c,a),t.update(a,n,1)}function o(c,a,h){h!==0&&(s.drawArraysInstanced(n,c,a,h),t.update(a,n,h))}function l(c,a,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,c,0,a,0,h);let u=0;for(let d=0;d<h;d++)u+=a[d];t.update(u,n,1)}this.setMode=i,this.render=r,this.renderInstances=o,this.renderMultiDraw=l}function dx(s,e,t,n){let i;function r(){if(i!==void 0)return i;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");i=s.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else i=0;return i}function o(x){return!(x!==An&&n.convert(x)!==s.getParameter(s.IMPLEMENTATION_COLOR_READ_FORMAT))}function l(x){let w=x===Bn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==fn&&x!==gn&&!w&&n.convert(x)!==s.getParameter(s.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(s.getShaderPrecisionFormat(s.VERTEX_SHADER,s.HIGH_FLOAT).precision>0&&s.getShaderPrecisionFormat(s.FRAGMENT_SHADER,s.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&s.getShaderPrecisionFormat(s.VERTEX_SHADER,s.MEDIUM_FLOAT).precision>0&&s.getShaderPrecisionFormat(s.FRAGMENT_SHADER,s.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let a=t.precision!==void 0?t.precision:"highp",h=c(a);h!==a&&(Re("WebGLRenderer:",a,"not supported, using",h,"instead."),a=h);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&Re("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&Re("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=s.getParameter(s.MAX_TEXTURE_IMAGE_UNITS),m=s.getParameter(s.MAX_VERTEX_TEXTURE_IMAGE_UNITS),S=s.getParameter(s.MAX_TEXTURE_SIZE),p=s.getParameter(s.MAX_CUBE_MAP_TEXTURE_SIZE),g=s.getParameter(s.MAX_VERTEX_ATTRIBS),b=s.getParameter(s.MAX_VERTEX_UNIFORM_VECTORS),A=s.getParameter(s.MAX_VARYING_VECTORS),M=s.getParameter(s.MAX_FRAGMENT_UNIFORM_VECTORS),C=s.getParameter(s.MAX_SAMPLES),R=s.getParameter(s.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:c,textureFormatReadable:o,textureTypeReadable:l,precision:a,logarithmicDepthBuffer:u,reversedDepthBuffer:f,maxTextures:d,maxVertexTextures:m,maxTextureSize:S,maxCubemapSize:p,maxAttributes:g,maxVertexUniforms:b,maxVaryings:A,maxFragmentUniforms:M,maxSamples:C,samples:R}}function px(s){let e=this,t=null,n=0,i=!1,r=!1,o=new Un,l=new ze,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(f,u){let d=f.length!==0||u||n!==0||i;return i=u,n=f.length,d},this.beginShadows=function(){r=!0,h(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(f,u){t=h(f,u,0)},this.setState=function(f,u,d){let m=f.clippingPlanes,S=f.clipIntersection,p=f.clipShadows,g=s.get(f);if(!i||m===null||m.length===0||r&&!p)r?h(null):a();else{let b=r?0:n,A=b*4,M=g.clippingState||null;c.value=M,M=h(m,u,A,d);for(let C=0;C!==A;++C)M[C]=t[C];g.clippingState=M,this.numIntersection=S?this.numPlanes:0,this.numPlanes+=b}};function a(){c.value!==t&&(c.value=t,c.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function h(f,u,d,m){let S=f!==null?f.length:0,p=null;if(S!==0){if(p=c.value,m!==!0||p===null){let g=d+S*4,b=u.matrixWorldInverse;l.getNormalMatrix(b),(p===null||p.length<g)&&(p=new Float32Array(g));for(let A=0,M=d;A!==S;++A,M+=4)o.copy(f[A]).applyMatrix4(b,l),o.normal.toArray(p,M),p[M+3]=o.constant}c.value=p,c.needsUpdate=!0}return e.numPlanes=S,e.numIntersection=0,p}}var ao=class extends mn{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},i=[n,n,n,n,n,n];this.texture=new Br(i),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},i=new Ks(5,5,5),r=new Xn({name:"CubemapFromEquirect",uniforms:hs(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:on,blending:rs});r.uniforms.tEquirect.value=t;let o=new sn(i,r),l=t.minFilter;return t.minFilter===En&&(t.minFilter=Pt),new js(1,10,this).update(e,o),t.minFilter=l,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,i=!0){let r=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,i);e.setRenderTarget(r)}},ip=256,mx=3,gx=20,Ep=256,Ap=16,_x=3,xx=new O,yx=new Oe,ml=class s{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new js(1,10,null),this._boxMesh=new sn(new Ks(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,i=100,r={}){let{size:o=256,position:l=xx}=r,c=this._renderer;this._setSize(o);let a=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let f=c.autoClear,u=c.autoClearColor,d=c.autoClearDepth,m=c.autoClearStencil,S=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,S===null&&(e.background=c.getClearColor(yx));let p=new js(n,i,h);return p.position.copy(l),p.update(c,e),c.autoClear=f,c.autoClearColor=u,c.autoClearDepth=d,c.autoClearStencil=m,e.background=S,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(a,t)),this._applyPMREM(a),a}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=op(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=rp(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(ip,th(e))}_fromTexture(e,t){e.mapping===as||e.mapping===tr?this._setSize(e.image.length===0?ip:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=sp(e,!1,!1),n=Math.log2(e)-mx;for(let i=0;i<=n;i++)t.texture.mipmaps.push({width:e>>i,height:e>>i});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=sp(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let i=this._boxMesh,r=this._cubeCamera;i.material=n,r.renderTarget=e,r.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),r.update(this._renderer,i),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===as||e.mapping===tr?(this._cubemapMaterial===null&&(this._cubemapMaterial=op()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=rp()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=vx(),this._integrationMaterial=Sx());let t=this._cubeSize,n=e.texture.mipmaps.length-1,i=this._ggxMaterial.uniforms;i.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/Ap);for(let o=0;o<=n;o++){let l=s.lodToRoughness(o,n);if(o>n-_x)r.roughness.value=l,this._renderCube(e,o,this._integrationMaterial);else{let c=l>0?Math.log2(t)+.5*Math.log2(6/(Ep*Math.pow(l,4)))+.5:0;i.roughness.value=l,i.lodBias.value=c,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=Mx());let n=this._blurMaterial,i=n.uniforms,r=this._sourceTarget;i.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,i.envMap.value=r.texture,this._renderCube(e,0,n),i.envMap.value=e.texture,this._renderCube(r,0,n)}};function sp(s,e,t){return new ao(s,{minFilter:En,generateMipmaps:e,type:Bn,colorSpace:en,depthBuffer:t})}function lo(s,e,t){return new Xn({name:s,uniforms:e,vertexShader:Ke.cube_vert,fragmentShader:t,side:on,blending:rs,depthTest:!1,depthWrite:!1})}function vx(){return lo("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${Ep}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Sx(){return lo("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:Ap}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Mx(){return lo("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${gx}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function rp(){return lo("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function op(){return lo("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function bx(s){let e=new WeakMap,t=new WeakMap,n=null;function i(u,d=!1){return u==null?null:d?o(u):r(u)}function r(u){if(u&&u.isTexture){let d=u.mapping;if(d===wa||d===Ta)if(e.has(u)){let m=e.get(u).texture;return l(m,u.mapping)}else{let m=u.image;if(m&&m.height>0){let S=new ao(m.height);return S.fromEquirectangularTexture(s,u),e.set(u,S),u.addEventListener("dispose",a),l(S.texture,u.mapping)}else return null}}return u}function o(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let d=u.mapping,m=d===wa||d===Ta,S=d===as||d===tr;if(m||S){let p=t.get(u),g=p!==void 0?p.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==g)return n===null&&(n=new ml(s)),p=m?n.fromEquirectangular(u,p):n.fromCubemap(u,p),p.texture.pmremVersion=u.pmremVersion,t.set(u,p),p.texture;if(p!==void 0)return p.texture;{let b=u.image;return m&&b&&b.height>0||S&&b&&c(b)?(n===null&&(n=new ml(s)),p=m?n.fromEquirectangular(u):n.fromCubemap(u),p.texture.pmremVersion=u.pmremVersion,t.set(u,p),u.addEventListener("dispose",h),p.texture):null}}}return u}function l(u,d){return d===wa?u.mapping=as:d===Ta&&(u.mapping=tr),u}function c(u){let d=0,m=6;for(let S=0;S<m;S++)u[S]!==void 0&&d++;return d===m}function a(u){let d=u.target;d.removeEventListener("dispose",a);let m=e.get(d);m!==void 0&&(e.delete(d),m.dispose())}function h(u){let d=u.target;d.removeEventListener("dispose",h);let m=t.get(d);m!==void 0&&(t.delete(d),m.dispose())}function f(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:i,dispose:f}}function wx(s){let e={};function t(n){if(e[n]!==void 0)return e[n];let i=s.getExtension(n);return e[n]=i,i}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let i=t(n);return i===null&&Zi("WebGLRenderer: "+n+" extension not supported."),i}}}function Tx(s,e,t,n){let i={},r=new WeakMap,o=new FinalizationRegistry(m=>delete i[m]);function l(m){c(m.target)}function c(m){m.index!==null&&e.remove(m.index);for(let p in m.attributes)e.remove(m.attributes[p]);m.removeEventListener("dispose",l),delete i[m.id],o.unregister(m);let S=r.get(m);S&&(e.remove(S),r.delete(m)),n.releaseStatesOfGeometry(m),m.isInstancedBufferGeometry===!0&&delete m._maxInstanceCount,t.memory.geometries--}function a(m,S){return i[S.id]!==void 0||(S.addEventListener("dispose",l),i[S.id]=new WeakRef(S),o.register(S,S.id,S),t.memory.geometries++),S}function h(m){let S=m.attributes;for(let p in S)e.update(S[p],s.ARRAY_BUFFER)}function f(m){let S=m.index,p=m.attributes.position,g=0;if(p===void 0)return;let b=S!==null?S.array.length:p.array.length/3-1,A=p.count>=65535?Pr:Ir,M=new A(Math.ceil(b/3)*6,1),C=M.array;if(S!==null){let x=S.array;g=S.version;for(let w=0,k=0;w<b;w+=3){let D=x[w+0],E=x[w+1],X=x[w+2];C[k++]=D,C[k++]=E,C[k++]=E,C[k++]=X,C[k++]=X,C[k++]=D}}else{g=p.version;for(let x=0,w=0;x<b;x+=3){let k=x+0,D=x+1,E=x+2;C[w++]=k,C[w++]=D,C[w++]=D,C[w++]=E,C[w++]=E,C[w++]=k}}M.version=g;let R=r.get(m);R&&e.remove(R),r.set(m,M)}function u(m){let S=r.get(m);if(S){let p=m.index;p!==null&&S.version<p.version&&f(m)}else f(m);return r.get(m)}function d(){for(let m in i){let S=i[m].deref();S!==void 0&&c(S)}}return{get:a,update:h,getWireframeAttribute:u,dispose:d}}function Ex(s,e,t){let n;function i(f){n=f}let r,o;function l(f){r=f.type,o=f.bytesPerElement}function c(f,u){s.drawElements(n,u,r,f*o),t.update(u,n,1)}function a(f,u,d){d!==0&&(s.drawElementsInstanced(n,u,r,f*o,d),t.update(u,n,d))}function h(f,u,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,u,0,r,f,0,d);let S=0;for(let p=0;p<d;p++)S+=u[p];t.update(S,n,1)}this.setMode=i,this.setIndex=l,this.render=c,this.renderInstances=a,this.renderMultiDraw=h}function Ax(s){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,l){switch(t.calls++,o){case s.TRIANGLES:t.triangles+=l*(r/3);break;case s.LINES:t.lines+=l*(r/2);break;case s.LINE_STRIP:t.lines+=l*(r-1);break;case s.LINE_LOOP:t.lines+=l*r;break;case s.POINTS:t.points+=l*r;break;default:ke("WebGLInfo: Unknown draw mode:",o);break}}function i(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:i,update:n}}function Rx(s,e,t){let n=new WeakMap,i=new ct;function r(o,l,c){let a=o.morphTargetInfluences,h=l.morphAttributes.position||l.morphAttributes.normal||l.morphAttributes.color,f=h!==void 0?h.length:0,u=n.get(l);if(u===void 0||u.count!==f){let k=function(){x.dispose(),n.delete(l),l.removeEventListener("dispose",k)};u!==void 0&&u.texture.dispose();let d=l.morphAttributes.position!==void 0,m=l.morphAttributes.normal!==void 0,S=l.morphAttributes.color!==void 0,p=l.morphAttributes.position||[],g=l.morphAttributes.normal||[],b=l.morphAttributes.color||[],A=0;d===!0&&(A=1),m===!0&&(A=2),S===!0&&(A=3);let M=l.attributes.position.count*A,C=1;M>e.maxTextureSize&&(C=Math.ceil(M/e.maxTextureSize),M=e.maxTextureSize);let R=new Float32Array(M*C*4*f),x=new Ar(R,M,C,f);x.type=gn,x.needsUpdate=!0;let w=A*4;for(let D=0;D<f;D++){let E=p[D],X=g[D],I=b[D],_=M*C*4*D;for(let L=0;L<E.count;L++){let G=L*w;d===!0&&(i.fromBufferAttribute(E,L),R[_+G+0]=i.x,R[_+G+1]=i.y,R[_+G+2]=i.z,R[_+G+3]=0),m===!0&&(i.fromBufferAttribute(X,L),R[_+G+4]=i.x,R[_+G+5]=i.y,R[_+G+6]=i.z,R[_+G+7]=0),S===!0&&(i.fromBufferAttribute(I,L),R[_+G+8]=i.x,R[_+G+9]=i.y,R[_+G+10]=i.z,R[_+G+11]=I.itemSize===4?i.w:1)}}u={count:f,texture:x,size:new je(M,C)},n.set(l,u),l.addEventListener("dispose",k)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)c.getUniforms().setValue(s,"morphTexture",o.morphTexture,t);else{let d=0;for(let S=0;S<a.length;S++)d+=a[S];let m=l.morphTargetsRelative?1:1-d;c.getUniforms().setValue(s,"morphTargetBaseInfluence",m),c.getUniforms().setValue(s,"morphTargetInfluences",a)}c.getUniforms().setValue(s,"morphTargetsTexture",u.texture,t),c.getUniforms().setValue(s,"morphTargetsTextureSize",u.size)}return{update:r}}function Cx(s,e,t,n,i){let r=new WeakMap;function o(a){let h=i.render.frame,f=a.geometry,u=e.get(a,f);if(r.get(u)!==h&&(e.update(u),r.set(u,h)),a.isInstancedMesh&&(a.hasEventListener("dispose",c)===!1&&a.addEventListener("dispose",c),r.get(a)!==h&&(t.update(a.instanceMatrix,s.ARRAY_BUFFER),a.instanceColor!==null&&t.update(a.instanceColor,s.ARRAY_BUFFER),r.set(a,h))),a.isSkinnedMesh){let d=a.skeleton;r.get(d)!==h&&(d.update(),r.set(d,h))}return u}function l(){r=new WeakMap}function c(a){let h=a.target;h.removeEventListener("dispose",c),n.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:o,dispose:l}}var Ix={[Dc]:"LINEAR_TONE_MAPPING",[Uc]:"REINHARD_TONE_MAPPING",[Oc]:"CINEON_TONE_MAPPING",[Fc]:"ACES_FILMIC_TONE_MAPPING",[kc]:"AGX_TONE_MAPPING",[zc]:"NEUTRAL_TONE_MAPPING",[Bc]:"CUSTOM_TONE_MAPPING"};function Px(s,e,t,n,i,r){let o=new mn(e,t,{type:s,depthBuffer:i,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),l=null,c=null,a=null,h=new cn;h.setAttribute("position",new Qt([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new Qt([0,2,0,0,2,0],2));let f=new fa({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),u=new sn(h,f),d=new is(-1,1,1,-1,0,1),m=null,S=null,p=!1,g,b=null,A=[],M=!1;this.setSize=function(C,R){o.setSize(C,R),l!==null&&l.setSize(C,R),c!==null&&c.setSize(C,R);for(let x=0;x<A.length;x++){let w=A[x];w.setSize&&w.setSize(C,R)}},this.setEffects=function(C){A=C,M=A.length>0&&A[0].isRenderPass===!0;let R=o.width,x=o.height;A.length>0&&l===null&&(l=new mn(R,x,{type:Bn,depthBuffer:!1,stencilBuffer:!1}),c=new mn(R,x,{type:Bn,depthBuffer:!1,stencilBuffer:!1}));let w=i===!0&&A.some(k=>k.needsDepthTexture===!0);w!==(o.depthTexture!==null)&&(w===!0&&a===null&&(a=new di(R,x),r===!0&&(a.format=yi,a.type=cs)),o.dispose(),o.depthTexture=w?a:null,o.resolveDepthBuffer=w,o.storeMultisampledDepthBuffer=w);for(let k=0;k<A.length;k++){let D=A[k];D.setSize&&D.setSize(R,x),w&&D.needsDepthTexture===!0&&D.setDepthTexture&&D.setDepthTexture(a)}},this.begin=function(C,R){if(p||C.toneMapping===Kn&&A.length===0)return!1;if(b=R,R!==null){let x=R.width,w=R.height;(o.width!==x||o.height!==w)&&this.setSize(x,w)}return M===!1&&C.setRenderTarget(o),g=C.toneMapping,C.toneMapping=Kn,!0},this.hasRenderPass=function(){return M},this.end=function(C,R){C.toneMapping=g,p=!0;let x=o,w=l;for(let k=0;k<A.length;k++){let D=A[k];D.enabled!==!1&&(D.render(C,w,x,R),D.needsSwap!==!1&&(x=w,w=w===l?c:l))}if(m!==C.outputColorSpace||S!==C.toneMapping){m=C.outputColorSpace,S=C.toneMapping,f.defines={},Je.getTransfer(m)===ot&&(f.defines.SRGB_TRANSFER="");let k=Ix[S];k&&(f.defines[k]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=x.texture,C.setRenderTarget(b),C.render(u,d),b=null,p=!1},this.isCompositing=function(){return p},this.dispose=function(){o.dispose(),l!==null&&l.dispose(),c!==null&&c.dispose(),h.dispose(),f.dispose()}}var Rp=new kt,Cp=new di(1,1),Ip=new kr(1),Pp=new Ar,Lp=new la,Np=new Br,ap=[],lp=[],cp=new Float32Array(16),hp=new Float32Array(9),up=new Float32Array(4);function or(s,e,t){let n=s[0];if(n<=0||n>0)return s;let i=e*t,r=ap[i];if(r===void 0&&(r=new Float32Array(i),ap[i]=r),e!==0){n.toArray(r,0);for(let o=1,l=0;o!==e;++o)l+=t,s[o].toArray(r,l)}return r}function Lt(s,e){if(s.length!==e.length)return!1;for(let t=0,n=s.length;t<n;t++)if(s[t]!==e[t])return!1;return!0}function Nt(s,e){for(let t=0,n=e.length;t<n;t++)s[t]=e[t]}function _l(s,e){let t=lp[e];t===void 0&&(t=new Int32Array(e),lp[e]=t);for(let n=0;n!==e;++n)t[n]=s.allocateTextureUnit();return t}function Lx(s,e){let t=this.cache;t[0]!==e&&(s.uniform1f(this.addr,e),t[0]=e)}function Nx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(s.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Lt(t,e))return;s.uniform2fv(this.addr,e),Nt(t,e)}}function Dx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(s.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(s.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Lt(t,e))return;s.uniform3fv(this.addr,e),Nt(t,e)}}function Ux(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(s.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Lt(t,e))return;s.uniform4fv(this.addr,e),Nt(t,e)}}function Ox(s,e){let t=this.cache,n=e.elements;if(n===void 0){if(Lt(t,e))return;s.uniformMatrix2fv(this.addr,!1,e),Nt(t,e)}else{if(Lt(t,n))return;up.set(n),s.uniformMatrix2fv(this.addr,!1,up),Nt(t,n)}}function Fx(s,e){let t=this.cache,n=e.elements;if(n===void 0){if(Lt(t,e))return;s.uniformMatrix3fv(this.addr,!1,e),Nt(t,e)}else{if(Lt(t,n))return;hp.set(n),s.uniformMatrix3fv(this.addr,!1,hp),Nt(t,n)}}function Bx(s,e){let t=this.cache,n=e.elements;if(n===void 0){if(Lt(t,e))return;s.uniformMatrix4fv(this.addr,!1,e),Nt(t,e)}else{if(Lt(t,n))return;cp.set(n),s.uniformMatrix4fv(this.addr,!1,cp),Nt(t,n)}}function kx(s,e){let t=this.cache;t[0]!==e&&(s.uniform1i(this.addr,e),t[0]=e)}function zx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(s.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Lt(t,e))return;s.uniform2iv(this.addr,e),Nt(t,e)}}function Vx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(s.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Lt(t,e))return;s.uniform3iv(this.addr,e),Nt(t,e)}}function Gx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(s.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Lt(t,e))return;s.uniform4iv(this.addr,e),Nt(t,e)}}function Hx(s,e){let t=this.cache;t[0]!==e&&(s.uniform1ui(this.addr,e),t[0]=e)}function Wx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(s.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Lt(t,e))return;s.uniform2uiv(this.addr,e),Nt(t,e)}}function Xx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(s.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Lt(t,e))return;s.uniform3uiv(this.addr,e),Nt(t,e)}}function qx(s,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(s.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Lt(t,e))return;s.uniform4uiv(this.addr,e),Nt(t,e)}}function xl(s){return s.version===0&&(s.compareFunction=Jc,s.needsUpdate=!0),s}function Yx(s,e,t){let n=this.cache,i=t.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i);let r;this.type===s.SAMPLER_2D_SHADOW?r=xl(Cp):r=Rp,t.setTexture2D(e||r,i)}function $x(s,e,t){let n=this.cache,i=t.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i),t.setTexture3D(e||Lp,i)}function Kx(s,e,t){let n=this.cache,i=t.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i);let r;this.type===s.SAMPLER_CUBE_SHADOW?r=xl(Ip):r=Np,t.setTextureCube(e||r,i)}function Zx(s,e,t){let n=this.cache,i=t.allocateTextureUnit();n[0]!==i&&(s.uniform1i(this.addr,i),n[0]=i),t.setTexture2DArray(e||Pp,i)}function Jx(s){switch(s){case 5126:return Lx;case 35664:return Nx;case 35665:return Dx;case 35666:return Ux;case 35674:return Ox;case 35675:return Fx;case 35676:return Bx;case 5124:case 35670:return kx;case 35667:case 35671:return zx;case 35668:case 35672:return Vx;case 35669:case 35673:return Gx;case 5125:return Hx;case 36294:return Wx;case 36295:return Xx;case 36296:return qx;case 35678:case 36198:case 36298:case 36306:case 35682:return Yx;case 35679:case 36299:case 36307:return $x;case 35680:case 36300:case 36308:case 36293:return Kx;case 36289:case 36303:case 36311:case 36292:return Zx}}function jx(s,e){s.uniform1fv(this.addr,e)}function Qx(s,e){let t=or(e,this.size,2);s.uniform2fv(this.addr,t)}function ey(s,e){let t=or(e,this.size,3);s.uniform3fv(this.addr,t)}function ty(s,e){let t=or(e,this.size,4);s.uniform4fv(this.addr,t)}function ny(s,e){let t=or(e,this.size,4);s.uniformMatrix2fv(this.addr,!1,t)}function iy(s,e){let t=or(e,this.size,9);s.uniformMatrix3fv(this.addr,!1,t)}function sy(s,e){let t=or(e,this.size,16);s.uniformMatrix4fv(this.addr,!1,t)}function ry(s,e){s.uniform1iv(this.addr,e)}function oy(s,e){s.uniform2iv(this.addr,e)}function ay(s,e){s.uniform3iv(this.addr,e)}function ly(s,e){s.uniform4iv(this.addr,e)}function cy(s,e){s.uniform1uiv(this.addr,e)}function hy(s,e){s.uniform2uiv(this.addr,e)}function uy(s,e){s.uniform3uiv(this.addr,e)}function fy(s,e){s.uniform4uiv(this.addr,e)}function dy(s,e,t){let n=this.cache,i=e.length,r=_l(t,i);Lt(n,r)||(s.uniform1iv(this.addr,r),Nt(n,r));let o;this.type===s.SAMPLER_2D_SHADOW?o=xl(Cp):o=Rp;for(let l=0;l!==i;++l)t.setTexture2D(e[l]||o,r[l])}function py(s,e,t){let n=this.cache,i=e.length,r=_l(t,i);Lt(n,r)||(s.uniform1iv(this.addr,r),Nt(n,r));for(let o=0;o!==i;++o)t.setTexture3D(e[o]||Lp,r[o])}function my(s,e,t){let n=this.cache,i=e.length,r=_l(t,i);Lt(n,r)||(s.uniform1iv(this.addr,r),Nt(n,r));let o;this.type===s.SAMPLER_CUBE_SHADOW?o=xl(Ip):o=Np;for(let l=0;l!==i;++l)t.setTextureCube(e[l]||o,r[l])}function gy(s,e,t){let n=this.cache,i=e.length,r=_l(t,i);Lt(n,r)||(s.uniform1iv(this.addr,r),Nt(n,r));for(let o=0;o!==i;++o)t.setTexture2DArray(e[o]||Pp,r[o])}function _y(s){switch(s){case 5126:return jx;case 35664:return Qx;case 35665:return ey;case 35666:return ty;case 35674:return ny;case 35675:return iy;case 35676:return sy;case 5124:case 35670:return ry;case 35667:case 35671:return oy;case 35668:case 35672:return ay;case 35669:case 35673:return ly;case 5125:return cy;case 36294:return hy;case 36295:return uy;case 36296:return fy;case 35678:case 36198:case 36298:case 36306:case 35682:return dy;case 35679:case 36299:case 36307:return py;case 35680:case 36300:case 36308:case 36293:return my;case 36289:case 36303:case 36311:case 36292:return gy}}var mh=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Jx(t.type)}},gh=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=_y(t.type)}},_h=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let i=this.seq;for(let r=0,o=i.length;r!==o;++r){let l=i[r];l.setValue(e,t[l.id],n)}}},dh=/(\w+)(\])?(\[|\.)?/g;function fp(s,e){s.seq.push(e),s.map[e.id]=e}function xy(s,e,t){let n=s.name,i=n.length;for(dh.lastIndex=0;;){let r=dh.exec(n),o=dh.lastIndex,l=r[1],c=r[2]==="]",a=r[3];if(c&&(l=l|0),a===void 0||a==="["&&o+2===i){fp(t,a===void 0?new mh(l,s,e):new gh(l,s,e));break}else{let f=t.map[l];f===void 0&&(f=new _h(l),fp(t,f)),t=f}}}var rr=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let l=e.getActiveUniform(t,o),c=e.getUniformLocation(t,l.name);xy(l,c,this)}let i=[],r=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?i.push(o):r.push(o);i.length>0&&(this.seq=i.concat(r))}setValue(e,t,n,i){let r=this.map[t];r!==void 0&&r.setValue(e,n,i)}setOptional(e,t,n){let i=t[n];i!==void 0&&this.setValue(e,n,i)}static upload(e,t,n,i){for(let r=0,o=t.length;r!==o;++r){let l=t[r],c=n[l.id];c.needsUpdate!==!1&&l.setValue(e,c.value,i)}}static seqWithValue(e,t){let n=[];for(let i=0,r=e.length;i!==r;++i){let o=e[i];o.id in t&&n.push(o)}return n}};function dp(s,e,t){let n=s.createShader(e);return s.shaderSource(n,t),s.compileShader(n),n}var yy=37297,vy=0;function Sy(s,e){let t=s.split(`
`),n=[],i=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let o=i;o<r;o++){let l=o+1;n.push(`${l===e?">":" "} ${l}: ${t[o]}`)}return n.join(`
`)}var pp=new ze;function My(s){Je._getMatrix(pp,Je.workingColorSpace,s);let e=`mat3( ${pp.elements.map(t=>t.toFixed(4))} )`;switch(Je.getTransfer(s)){case Tr:return[e,"LinearTransferOETF"];case ot:return[e,"sRGBTransferOETF"];default:return Re("WebGLProgram: Unsupported color space: ",s),[e,"LinearTransferOETF"]}}function mp(s,e,t){let n=s.getShaderParameter(e,s.COMPILE_STATUS),r=(s.getShaderInfoLog(e)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let l=parseInt(o[1]);return t.toUpperCase()+`

`+r+`

`+Sy(s.getShaderSource(e),l)}else return r}function by(s,e){let t=My(e);return[`vec4 ${s}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var wy={[Dc]:"Linear",[Uc]:"Reinhard",[Oc]:"Cineon",[Fc]:"ACESFilmic",[kc]:"AgX",[zc]:"Neutral",[Bc]:"Custom"};function Ty(s,e){let t=wy[e];return t===void 0?(Re("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+s+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+s+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var pl=new O;function Ey(){Je.getLuminanceCoefficients(pl);let s=pl.x.toFixed(4),e=pl.y.toFixed(4),t=pl.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${s}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Ay(s){return[s.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",s.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(oo).join(`
`)}function Ry(s){let e=[];for(let t in s){let n=s[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function Cy(s,e){let t={},n=s.getProgramParameter(e,s.ACTIVE_ATTRIBUTES);for(let i=0;i<n;i++){let r=s.getActiveAttrib(e,i),o=r.name,l=1;r.type===s.FLOAT_MAT2&&(l=2),r.type===s.FLOAT_MAT3&&(l=3),r.type===s.FLOAT_MAT4&&(l=4),t[o]={type:r.type,location:s.getAttribLocation(e,o),locationSize:l}}return t}function oo(s){return s!==""}function gp(s,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return s.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function _p(s,e){return s.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Iy=/^[ \t]*#include +<([\w\d./]+)>/gm;function xh(s){return s.replace(Iy,Py)}function Py(s,e){let t=Ke[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return xh(t)}var Ly=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function xp(s){return s.replace(Ly,Ny)}function Ny(s,e,t,n){let i="";for(let r=parseInt(e);r<parseInt(t);r++)i+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return i}function yp(s){let e=`precision ${s.precision} float;
	precision ${s.precision} int;
	precision ${s.precision} sampler2D;
	precision ${s.precision} samplerCube;
	precision ${s.precision} sampler3D;
	precision ${s.precision} sampler2DArray;
	precision ${s.precision} sampler2DShadow;
	precision ${s.precision} samplerCubeShadow;
	precision ${s.precision} sampler2DArrayShadow;
	precision ${s.precision} isampler2D;
	precision ${s.precision} isampler3D;
	precision ${s.precision} isamplerCube;
	precision ${s.precision} isampler2DArray;
	precision ${s.precision} usampler2D;
	precision ${s.precision} usampler3D;
	precision ${s.precision} usamplerCube;
	precision ${s.precision} usampler2DArray;
	`;return s.precision==="highp"?e+=`
#define HIGH_PRECISION`:s.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:s.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var Dy={[Jr]:"SHADOWMAP_TYPE_PCF",[Qs]:"SHADOWMAP_TYPE_VSM"};function Uy(s){return Dy[s.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Oy={[tr]:"ENVMAP_MODE_REFRACTION"};function Fy(s){return s.envMap===!1?"ENVMAP_MODE_REFLECTION":Oy[s.envMapMode]||"ENVMAP_MODE_REFLECTION"}var By={[Nc]:"ENVMAP_BLENDING_MULTIPLY",[Fd]:"ENVMAP_BLENDING_MIX",[Bd]:"ENVMAP_BLENDING_ADD"};function ky(s){return s.envMap===!1?"ENVMAP_BLENDING_NONE":By[s.combine]||"ENVMAP_BLENDING_NONE"}function zy(s,e,t,n){let i=s.getContext(),r=t.defines,o=t.vertexShader,l=t.fragmentShader,c=Uy(t),a=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=Fy(t),f=ky(t),u=Ay(t),d=Ry(r),m=i.createProgram(),S,p,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(S=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(oo).join(`
`),S.length>0&&(S+=`
`),p=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(oo).join(`
`),p.length>0&&(p+=`
`)):(S=[yp(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(oo).join(`
`),p=[yp(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+a:"",t.envMap?"#define "+h:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Kn?"#define TONE_MAPPING":"",t.toneMapping!==Kn?Ke.tonemapping_pars_fragment:"",t.toneMapping!==Kn?Ty("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ke.colorspace_pars_fragment,by("linearToOutputTexel",t.outputColorSpace),Ey(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(oo).join(`
`)),o=xh(o),o=gp(o,t),o=_p(o,t),l=xh(l),l=gp(l,t),l=_p(l,t),o=xp(o),l=xp(l),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,S=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+S,p=["#define varying in",t.glslVersion===Qc?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Qc?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+p);let b=g+S+o,A=g+p+l,M=dp(i,i.VERTEX_SHADER,b),C=dp(i,i.FRAGMENT_SHADER,A);i.attachShader(m,M),i.attachShader(m,C),t.index0AttributeName!==void 0?i.bindAttribLocation(m,0,t.index0AttributeName):t.hasPositionAttribute===!0&&i.bindAttribLocation(m,0,"position"),i.linkProgram(m);function R(D){if(s.debug.checkShaderErrors){let E=i.getProgramInfoLog(m)||"",X=i.getShaderInfoLog(M)||"",I=i.getShaderInfoLog(C)||"",_=E.trim(),L=X.trim(),G=I.trim(),F=!0,ee=!0;if(i.getProgramParameter(m,i.LINK_STATUS)===!1)if(F=!1,typeof s.debug.onShaderError=="function")s.debug.onShaderError(i,m,M,C);else{let H=mp(i,M,"vertex"),Z=mp(i,C,"fragment");ke("WebGLProgram: Shader Error "+i.getError()+" - VALIDATE_STATUS "+i.getProgramParameter(m,i.VALIDATE_STATUS)+`

Material Name: `+D.name+`
Material Type: `+D.type+`

Program Info Log: `+_+`
`+H+`
`+Z)}else _!==""?Re("WebGLProgram: Program Info Log:",_):(L===""||G==="")&&(ee=!1);ee&&(D.diagnostics={runnable:F,programLog:_,vertexShader:{log:L,prefix:S},fragmentShader:{log:G,prefix:p}})}i.deleteShader(M),i.deleteShader(C),x=new rr(i,m),w=Cy(i,m)}let x;this.getUniforms=function(){return x===void 0&&R(this),x};let w;this.getAttributes=function(){return w===void 0&&R(this),w};let k=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return k===!1&&(k=i.getProgramParameter(m,yy)),k},this.destroy=function(){n.releaseStatesOfProgram(this),i.deleteProgram(m),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=vy++,this.cacheKey=e,this.usedTimes=1,this.program=m,this.vertexShader=M,this.fragmentShader=C,this}var Vy=0,yh=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let i=this._getShaderCacheForMaterial(e);return i.has(t)===!1&&(i.add(t),t.usedTimes++),i.has(n)===!1&&(i.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new vh(e),t.set(e,n)),n}},vh=class{constructor(e){this.id=Vy++,this.code=e,this.usedTimes=0}};function Gy(s){return s===Bi||s===no||s===io}function Hy(s,e,t,n,i,r){let o=new Rr,l=new yh,c=new Set,a=[],h=new Map,f=n.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(x){return c.add(x),x===0?"uv":`uv${x}`}function m(x,w,k,D,E,X){let I=D.fog,_=E.geometry,L=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?D.environment:null,G=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,F=e.get(x.envMap||L,G),ee=u[x.type],H=n.precision;x.precision!==null&&(H=n.getMaxPrecision(x.precision),H!==x.precision&&Re("WebGLProgram.getParameters:",x.precision,"not supported, using",H,"instead."));let Z=_.morphAttributes.position||_.morphAttributes.normal||_.morphAttributes.color,ne=Z!==void 0?Z.length:0,me=0;_.morphAttributes.position!==void 0&&(me=1),_.morphAttributes.normal!==void 0&&(me=2),_.morphAttributes.color!==void 0&&(me=3);let Me,q,se,ge;if(ee){let _e=jn[ee];Me=_e.vertexShader,q=_e.fragmentShader}else{Me=x.vertexShader,q=x.fragmentShader;let _e=l.getVertexShaderStage(x),lt=l.getFragmentShaderStage(x);l.update(x,_e,lt),se=_e.id,ge=lt.id}let Le=s.getRenderTarget(),ye=s.state.buffers.depth.getReversed(),We=E.isInstancedMesh===!0,bt=E.isBatchedMesh===!0,Be=!!x.map,at=!!x.matcap,ht=!!F,tt=ht&&F.isPMREMTexture===!0,zt=!!x.aoMap,Et=!!x.lightMap,an=!!x.bumpMap&&x.wireframe===!1,_t=!!x.normalMap,kn=!!x.displacementMap,Dt=!!x.emissiveMap,xn=!!x.metalnessMap,yn=!!x.roughnessMap,vn=x.anisotropy>0,U=x.clearcoat>0,Sn=x.diffuseRoughness>0,pt=x.dispersion>0,mt=x.retroreflectivity>0,pe=x.iridescence>0,At=x.sheen>0,Fe=x.transmission>0,Ve=vn&&!!x.anisotropyMap,T=U&&!!x.clearcoatMap,y=U&&!!x.clearcoatNormalMap,z=U&&!!x.clearcoatRoughnessMap,ie=Sn&&!!x.diffuseRoughnessMap,te=pe&&!!x.iridescenceMap,ae=pe&&!!x.iridescenceThicknessMap,fe=At&&!!x.sheenColorMap,K=At&&!!x.sheenRoughnessMap,J=!!x.specularMap,ce=!!x.specularColorMap,P=!!x.specularIntensityMap,j=Fe&&!!x.transmissionMap,$=Fe&&!!x.thicknessMap,he=!!x.gradientMap,oe=!!x.alphaMap,le=x.alphaTest>0,Ce=!!x.alphaHash,Ye=!!x.extensions,re=Kn;x.toneMapped&&(Le===null||Le.isXRRenderTarget===!0)&&(re=s.toneMapping);let Ue=tt?F.isCompressedCubeTexture?F.image[0].mipmaps:F.mipmaps:null,qe={shaderID:ee,shaderType:x.type,shaderName:x.name,vertexShader:Me,fragmentShader:q,defines:x.defines,customVertexShaderID:se,customFragmentShaderID:ge,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:H,batching:bt,batchingColor:bt&&E._colorsTexture!==null,instancing:We,instancingColor:We&&E.instanceColor!==null,instancingMorph:We&&E.morphTexture!==null,outputColorSpace:Le===null?s.outputColorSpace:Le.isXRRenderTarget===!0?Le.texture.colorSpace:Je.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Be,matcap:at,envMap:ht,envMapMode:ht&&F.mapping,envMapPMREM:tt,envMapMaxLod:tt?Ue.length-1:null,envMapSize:tt?Ue[0].width:null,aoMap:zt,lightMap:Et,bumpMap:an,normalMap:_t,displacementMap:kn,emissiveMap:Dt,normalMapObjectSpace:_t&&x.normalMapType===Gd,normalMapTangentSpace:_t&&x.normalMapType===hl,packedNormalMap:_t&&x.normalMapType===hl&&Gy(x.normalMap.format),metalnessMap:xn,roughnessMap:yn,anisotropy:vn,anisotropyMap:Ve,clearcoat:U,clearcoatMap:T,clearcoatNormalMap:y,clearcoatRoughnessMap:z,diffuseRoughness:Sn,diffuseRoughnessMap:ie,dispersion:pt,retroreflection:mt,iridescence:pe,iridescenceMap:te,iridescenceThicknessMap:ae,sheen:At,sheenColorMap:fe,sheenRoughnessMap:K,specularMap:J,specularColorMap:ce,specularIntensityMap:P,transmission:Fe,transmissionMap:j,thicknessMap:$,gradientMap:he,opaque:x.transparent===!1&&x.blending===er&&x.alphaToCoverage===!1,alphaMap:oe,alphaTest:le,alphaHash:Ce,combine:x.combine,mapUv:Be&&d(x.map.channel),aoMapUv:zt&&d(x.aoMap.channel),lightMapUv:Et&&d(x.lightMap.channel),bumpMapUv:an&&d(x.bumpMap.channel),normalMapUv:_t&&d(x.normalMap.channel),displacementMapUv:kn&&d(x.displacementMap.channel),emissiveMapUv:Dt&&d(x.emissiveMap.channel),metalnessMapUv:xn&&d(x.metalnessMap.channel),roughnessMapUv:yn&&d(x.roughnessMap.channel),anisotropyMapUv:Ve&&d(x.anisotropyMap.channel),clearcoatMapUv:T&&d(x.clearcoatMap.channel),clearcoatNormalMapUv:y&&d(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:z&&d(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:ie&&d(x.diffuseRoughnessMap.channel),iridescenceMapUv:te&&d(x.iridescenceMap.channel),iridescenceThicknessMapUv:ae&&d(x.iridescenceThicknessMap.channel),sheenColorMapUv:fe&&d(x.sheenColorMap.channel),sheenRoughnessMapUv:K&&d(x.sheenRoughnessMap.channel),specularMapUv:J&&d(x.specularMap.channel),specularColorMapUv:ce&&d(x.specularColorMap.channel),specularIntensityMapUv:P&&d(x.specularIntensityMap.channel),transmissionMapUv:j&&d(x.transmissionMap.channel),thicknessMapUv:$&&d(x.thicknessMap.channel),alphaMapUv:oe&&d(x.alphaMap.channel),vertexTangents:!!_.attributes.tangent&&(_t||vn),vertexNormals:!!_.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!_.attributes.color&&_.attributes.color.itemSize===4,pointsUvs:E.isPoints===!0&&!!_.attributes.uv&&(Be||oe),fog:!!I,useFog:x.fog===!0,fogExp2:!!I&&I.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||_.attributes.normal===void 0&&_t===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:ye,skinning:E.isSkinnedMesh===!0,hasPositionAttribute:_.attributes.position!==void 0,morphTargets:_.morphAttributes.position!==void 0,morphNormals:_.morphAttributes.normal!==void 0,morphColors:_.morphAttributes.color!==void 0,morphTargetsCount:ne,morphTextureStride:me,numSunLights:w.sun.length,numDirLights:w.directional.length,numPointLights:w.point.length,numSpotLights:w.spot.length,numSpotLightMaps:w.spotLightMap.length,numRectAreaLights:w.rectArea.length,numHemiLights:w.hemi.length,numSunLightShadows:w.sunShadowMap.length,numDirLightShadows:w.directionalShadowMap.length,numPointLightShadows:w.pointShadowMap.length,numSpotLightShadows:w.spotShadowMap.length,numSpotLightShadowsWithMaps:w.numSpotLightShadowsWithMaps,numLightProbes:w.numLightProbes,numLightProbeGrids:X.filter(_e=>_e.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:x.dithering,shadowMapEnabled:s.shadowMap.enabled&&k.length>0,shadowMapType:s.shadowMap.type,toneMapping:re,decodeVideoTexture:Be&&x.map.isVideoTexture===!0&&Je.getTransfer(x.map.colorSpace)===ot,decodeVideoTextureEmissive:Dt&&x.emissiveMap.isVideoTexture===!0&&Je.getTransfer(x.emissiveMap.colorSpace)===ot,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Tn,flipSided:x.side===on,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:Ye&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Ye&&x.extensions.multiDraw===!0||bt)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return qe.vertexUv1s=c.has(1),qe.vertexUv2s=c.has(2),qe.vertexUv3s=c.has(3),c.clear(),qe}function S(x){let w=[];if(x.shaderID?w.push(x.shaderID):(w.push(x.customVertexShaderID),w.push(x.customFragmentShaderID)),x.defines!==void 0)for(let k in x.defines)w.push(k),w.push(x.defines[k]);return x.isRawShaderMaterial===!1&&(p(w,x),g(w,x),w.push(s.outputColorSpace)),w.push(x.customProgramCacheKey),w.join()}function p(x,w){x.push(w.precision),x.push(w.outputColorSpace),x.push(w.envMapMode),x.push(w.envMapPMREM),x.push(w.envMapMaxLod),x.push(w.envMapSize),x.push(w.mapUv),x.push(w.alphaMapUv),x.push(w.lightMapUv),x.push(w.aoMapUv),x.push(w.bumpMapUv),x.push(w.normalMapUv),x.push(w.displacementMapUv),x.push(w.emissiveMapUv),x.push(w.metalnessMapUv),x.push(w.roughnessMapUv),x.push(w.anisotropyMapUv),x.push(w.clearcoatMapUv),x.push(w.clearcoatNormalMapUv),x.push(w.clearcoatRoughnessMapUv),x.push(w.diffuseRoughnessMapUv),x.push(w.iridescenceMapUv),x.push(w.iridescenceThicknessMapUv),x.push(w.sheenColorMapUv),x.push(w.sheenRoughnessMapUv),x.push(w.specularMapUv),x.push(w.specularColorMapUv),x.push(w.specularIntensityMapUv),x.push(w.transmissionMapUv),x.push(w.thicknessMapUv),x.push(w.combine),x.push(w.fogExp2),x.push(w.sizeAttenuation),x.push(w.morphTargetsCount),x.push(w.numSunLights),x.push(w.numDirLights),x.push(w.numPointLights),x.push(w.numSpotLights),x.push(w.numSpotLightMaps),x.push(w.numHemiLights),x.push(w.numRectAreaLights),x.push(w.numSunLightShadows),x.push(w.numDirLightShadows),x.push(w.numPointLightShadows),x.push(w.numSpotLightShadows),x.push(w.numSpotLightShadowsWithMaps),x.push(w.numLightProbes),x.push(w.numLightProbeGrids),x.push(w.shadowMapType),x.push(w.toneMapping),x.push(w.numClippingPlanes),x.push(w.numClipIntersection),x.push(w.depthPacking)}function g(x,w){o.disableAll(),w.instancing&&o.enable(0),w.instancingColor&&o.enable(1),w.instancingMorph&&o.enable(2),w.matcap&&o.enable(3),w.envMap&&o.enable(4),w.normalMapObjectSpace&&o.enable(5),w.normalMapTangentSpace&&o.enable(6),w.clearcoat&&o.enable(7),w.iridescence&&o.enable(8),w.alphaTest&&o.enable(9),w.vertexColors&&o.enable(10),w.vertexAlphas&&o.enable(11),w.vertexUv1s&&o.enable(12),w.vertexUv2s&&o.enable(13),w.vertexUv3s&&o.enable(14),w.vertexTangents&&o.enable(15),w.anisotropy&&o.enable(16),w.alphaHash&&o.enable(17),w.batching&&o.enable(18),w.dispersion&&o.enable(19),w.retroreflection&&o.enable(24),w.diffuseRoughness&&o.enable(25),w.batchingColor&&o.enable(20),w.gradientMap&&o.enable(21),w.packedNormalMap&&o.enable(22),w.vertexNormals&&o.enable(23),x.push(o.mask),o.disableAll(),w.fog&&o.enable(0),w.useFog&&o.enable(1),w.flatShading&&o.enable(2),w.logarithmicDepthBuffer&&o.enable(3),w.reversedDepthBuffer&&o.enable(4),w.skinning&&o.enable(5),w.morphTargets&&o.enable(6),w.morphNormals&&o.enable(7),w.morphColors&&o.enable(8),w.premultipliedAlpha&&o.enable(9),w.shadowMapEnabled&&o.enable(10),w.doubleSided&&o.enable(11),w.flipSided&&o.enable(12),w.useDepthPacking&&o.enable(13),w.dithering&&o.enable(14),w.transmission&&o.enable(15),w.sheen&&o.enable(16),w.opaque&&o.enable(17),w.pointsUvs&&o.enable(18),w.decodeVideoTexture&&o.enable(19),w.decodeVideoTextureEmissive&&o.enable(20),w.alphaToCoverage&&o.enable(21),w.numLightProbeGrids>0&&o.enable(22),w.hasPositionAttribute&&o.enable(23),x.push(o.mask)}function b(x){let w=u[x.type],k;if(w){let D=jn[w];k=ep.clone(D.uniforms)}else k=x.uniforms;return k}function A(x,w){let k=h.get(w);return k!==void 0?++k.usedTimes:(k=new zy(s,w,x,i),a.push(k),h.set(w,k)),k}function M(x){if(--x.usedTimes===0){let w=a.indexOf(x);a[w]=a[a.length-1],a.pop(),h.delete(x.cacheKey),x.destroy()}}function C(x){l.remove(x)}function R(){l.dispose()}return{getParameters:m,getProgramCacheKey:S,getUniforms:b,acquireProgram:A,releaseProgram:M,releaseShaderCache:C,programs:a,dispose:R}}function Wy(){let s=new WeakMap;function e(o){return s.has(o)}function t(o){let l=s.get(o);return l===void 0&&(l={},s.set(o,l)),l}function n(o){s.delete(o)}function i(o,l,c){s.get(o)[l]=c}function r(){s=new WeakMap}return{has:e,get:t,remove:n,update:i,dispose:r}}function Xy(s,e){return s.groupOrder!==e.groupOrder?s.groupOrder-e.groupOrder:s.renderOrder!==e.renderOrder?s.renderOrder-e.renderOrder:s.material.id!==e.material.id?s.material.id-e.material.id:s.materialVariant!==e.materialVariant?s.materialVariant-e.materialVariant:s.z!==e.z?s.z-e.z:s.id-e.id}function vp(s,e){return s.groupOrder!==e.groupOrder?s.groupOrder-e.groupOrder:s.renderOrder!==e.renderOrder?s.renderOrder-e.renderOrder:s.z!==e.z?e.z-s.z:s.id-e.id}function Sp(){let s=[],e=0,t=[],n=[],i=[];function r(){e=0,t.length=0,n.length=0,i.length=0}function o(u){let d=0;return u.isInstancedMesh&&(d+=2),u.isSkinnedMesh&&(d+=1),d}function l(u,d,m,S,p,g){let b=s[e];return b===void 0?(b={id:u.id,object:u,geometry:d,material:m,materialVariant:o(u),groupOrder:S,renderOrder:u.renderOrder,z:p,group:g},s[e]=b):(b.id=u.id,b.object=u,b.geometry=d,b.material=m,b.materialVariant=o(u),b.groupOrder=S,b.renderOrder=u.renderOrder,b.z=p,b.group=g),e++,b}function c(u,d,m,S,p,g,b){b.reversedDepth===!0&&(p=-p);let A=l(u,d,m,S,p,g);m.transmission>0?n.push(A):m.transparent===!0?i.push(A):t.push(A)}function a(u,d,m,S,p,g){let b=l(u,d,m,S,p,g);m.transmission>0?n.unshift(b):m.transparent===!0?i.unshift(b):t.unshift(b)}function h(u,d){t.length>1&&t.sort(u||Xy),n.length>1&&n.sort(d||vp),i.length>1&&i.sort(d||vp)}function f(){for(let u=e,d=s.length;u<d;u++){let m=s[u];if(m.id===null)break;m.id=null,m.object=null,m.geometry=null,m.material=null,m.group=null}}return{opaque:t,transmissive:n,transparent:i,init:r,push:c,unshift:a,finish:f,sort:h}}function qy(){let s=new WeakMap;function e(n,i){let r=s.get(n),o;return r===void 0?(o=new Sp,s.set(n,[o])):i>=r.length?(o=new Sp,r.push(o)):o=r[i],o}function t(){s=new WeakMap}return{get:e,dispose:t}}function Yy(){let s={};return{get:function(e){if(s[e.id]!==void 0)return s[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new O,color:new Oe};break;case"SpotLight":t={position:new O,direction:new O,color:new Oe,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new O,color:new Oe,distance:0,decay:0};break;case"HemisphereLight":t={direction:new O,skyColor:new Oe,groundColor:new Oe};break;case"RectAreaLight":t={color:new Oe,position:new O,halfWidth:new O,halfHeight:new O};break}return s[e.id]=t,t}}}function $y(){let s={};return{get:function(e){if(s[e.id]!==void 0)return s[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new je};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new je};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new je,shadowCameraNear:1,shadowCameraFar:1e3};break}return s[e.id]=t,t}}}var Ky=0;function Zy(s,e){return(e.castShadow?2:0)-(s.castShadow?2:0)+(e.map?1:0)-(s.map?1:0)}function Jy(s){let e=new Yy,t=$y(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let a=0;a<9;a++)n.probe.push(new O);let i=new O,r=new Xe,o=new Xe;function l(a){let h=0,f=0,u=0;for(let X=0;X<9;X++)n.probe[X].set(0,0,0);let d=0,m=0,S=0,p=0,g=0,b=0,A=0,M=0,C=0,R=0,x=0,w=0,k=0,D=0;a.sort(Zy);for(let X=0,I=a.length;X<I;X++){let _=a[X],L=_.color,G=_.intensity,F=_.distance,ee=null;if(_.shadow&&_.shadow.map&&(_.shadow.map.texture.format===Bi?ee=_.shadow.map.texture:ee=_.shadow.map.depthTexture||_.shadow.map.texture),_.isAmbientLight)h+=L.r*G,f+=L.g*G,u+=L.b*G;else if(_.isLightProbe){for(let H=0;H<9;H++)n.probe[H].addScaledVector(_.sh.coefficients[H],G);D++}else if(_.isSunLight){let H=e.get(_);if(H.color.copy(_.color).multiplyScalar(_.intensity),_.castShadow){let Z=_.shadow,ne=t.get(_);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize.copy(Z.mapSize).multiply(Z.getFrameExtents()),n.sunShadow[m]=ne,n.sunShadowMap[m]=ee;let me=Z.getViewportCount();for(let Me=0;Me<me;Me++)n.sunShadowMatrix[S+Me]=Z.getMatrix(Me),n.sunShadowCascade[S+Me]=Z._cascadeData[Me];S+=me,m++}n.sun[d]=H,d++}else if(_.isDirectionalLight){let H=e.get(_);if(H.color.copy(_.color).multiplyScalar(_.intensity),_.castShadow){let Z=_.shadow,ne=t.get(_);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,n.directionalShadow[p]=ne,n.directionalShadowMap[p]=ee,n.directionalShadowMatrix[p]=_.shadow.matrix,C++}n.directional[p]=H,p++}else if(_.isSpotLight){let H=e.get(_);H.position.setFromMatrixPosition(_.matrixWorld),H.color.copy(L).multiplyScalar(G),H.distance=F,H.coneCos=Math.cos(_.angle),H.penumbraCos=Math.cos(_.angle*(1-_.penumbra)),H.decay=_.decay,n.spot[b]=H;let Z=_.shadow;if(_.map&&(n.spotLightMap[w]=_.map,w++,Z.updateMatrices(_),_.castShadow&&k++),n.spotLightMatrix[b]=Z.matrix,_.castShadow){let ne=t.get(_);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,n.spotShadow[b]=ne,n.spotShadowMap[b]=ee,x++}b++}else if(_.isRectAreaLight){let H=e.get(_);H.color.copy(L).multiplyScalar(G),H.halfWidth.set(_.width*.5,0,0),H.halfHeight.set(0,_.height*.5,0),n.rectArea[A]=H,A++}else if(_.isPointLight){let H=e.get(_);if(H.color.copy(_.color).multiplyScalar(_.intensity),H.distance=_.distance,H.decay=_.decay,_.castShadow){let Z=_.shadow,ne=t.get(_);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,ne.shadowCameraNear=Z.camera.near,ne.shadowCameraFar=Z.camera.far,n.pointShadow[g]=ne,n.pointShadowMap[g]=ee,n.pointShadowMatrix[g]=_.shadow.matrix,R++}n.point[g]=H,g++}else if(_.isHemisphereLight){let H=e.get(_);H.skyColor.copy(_.color).multiplyScalar(G),H.groundColor.copy(_.groundColor).multiplyScalar(G),n.hemi[M]=H,M++}}A>0&&(s.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=xe.LTC_FLOAT_1,n.rectAreaLTC2=xe.LTC_FLOAT_2):(n.rectAreaLTC1=xe.LTC_HALF_1,n.rectAreaLTC2=xe.LTC_HALF_2)),n.ambient[0]=h,n.ambient[1]=f,n.ambient[2]=u;let E=n.hash;(E.sunLength!==d||E.directionalLength!==p||E.pointLength!==g||E.spotLength!==b||E.rectAreaLength!==A||E.hemiLength!==M||E.numSunShadows!==m||E.numDirectionalShadows!==C||E.numPointShadows!==R||E.numSpotShadows!==x||E.numSpotMaps!==w||E.numLightProbes!==D)&&(n.sun.length=d,n.directional.length=p,n.spot.length=b,n.rectArea.length=A,n.point.length=g,n.hemi.length=M,n.sunShadow.length=m,n.sunShadowMap.length=m,n.sunShadowMatrix.length=S,n.sunShadowCascade.length=S,n.directionalShadow.length=C,n.directionalShadowMap.length=C,n.directionalShadowMatrix.length=C,n.pointShadow.length=R,n.pointShadowMap.length=R,n.pointShadowMatrix.length=R,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+w-k,n.spotLightMap.length=w,n.numSpotLightShadowsWithMaps=k,n.numLightProbes=D,E.sunLength=d,E.directionalLength=p,E.pointLength=g,E.spotLength=b,E.rectAreaLength=A,E.hemiLength=M,E.numSunShadows=m,E.numDirectionalShadows=C,E.numPointShadows=R,E.numSpotShadows=x,E.numSpotMaps=w,E.numLightProbes=D,n.version=Ky++)}function c(a,h){let f=0,u=0,d=0,m=0,S=0,p=0,g=h.matrixWorldInverse;for(let b=0,A=a.length;b<A;b++){let M=a[b];if(M.isSunLight){let C=n.sun[f];C.direction.setFromMatrixPosition(M.matrixWorld),C.direction.transformDirection(g),f++}else if(M.isDirectionalLight){let C=n.directional[u];C.direction.setFromMatrixPosition(M.matrixWorld),i.setFromMatrixPosition(M.target.matrixWorld),C.direction.sub(i),C.direction.transformDirection(g),u++}else if(M.isSpotLight){let C=n.spot[m];C.position.setFromMatrixPosition(M.matrixWorld),C.position.applyMatrix4(g),C.direction.setFromMatrixPosition(M.matrixWorld),i.setFromMatrixPosition(M.target.matrixWorld),C.direction.sub(i),C.direction.transformDirection(g),m++}else if(M.isRectAreaLight){let C=n.rectArea[S];C.position.setFromMatrixPosition(M.matrixWorld),C.position.applyMatrix4(g),o.identity(),r.copy(M.matrixWorld),r.premultiply(g),o.extractRotation(r),C.halfWidth.set(M.width*.5,0,0),C.halfHeight.set(0,M.height*.5,0),C.halfWidth.applyMatrix4(o),C.halfHeight.applyMatrix4(o),S++}else if(M.isPointLight){let C=n.point[d];C.position.setFromMatrixPosition(M.matrixWorld),C.position.applyMatrix4(g),d++}else if(M.isHemisphereLight){let C=n.hemi[p];C.direction.setFromMatrixPosition(M.matrixWorld),C.direction.transformDirection(g),p++}}}return{setup:l,setupView:c,state:n}}function Mp(s){let e=new Jy(s),t=[],n=[],i=[];function r(f){h.camera=f,t.length=0,n.length=0,i.length=0}function o(f){f.isLightProbeGrid?i.push(f):t.push(f)}function l(f){n.push(f)}function c(){e.setup(t),i.sort((f,u)=>f.priority-u.priority||f.id-u.id)}function a(f){e.setupView(t,f)}let h={lightsArray:t,shadowsArray:n,lightProbeGridArray:i,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:h,setupLights:c,setupLightsView:a,pushLight:o,pushShadow:l}}function jy(s){let e=new WeakMap;function t(i,r=0){let o=e.get(i),l;return o===void 0?(l=new Mp(s),e.set(i,[l])):r>=o.length?(l=new Mp(s),o.push(l)):l=o[r],l}function n(){e=new WeakMap}return{get:t,dispose:n}}var Qy=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,ev=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,tv=[new O(1,0,0),new O(-1,0,0),new O(0,1,0),new O(0,-1,0),new O(0,0,1),new O(0,0,-1)],nv=[new O(0,-1,0),new O(0,-1,0),new O(0,0,1),new O(0,0,-1),new O(0,-1,0),new O(0,-1,0)],bp=new Xe,ro=new O,ph=new O;function iv(s,e,t){let n=new Ui,i=new je,r=new je,o=new ct,l=new da,c=new pa,a={},h=t.maxTextureSize,f={[$n]:on,[on]:$n,[Tn]:Tn},u=new Xn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new je},radius:{value:4}},vertexShader:Qy,fragmentShader:ev}),d=u.clone();d.defines.HORIZONTAL_PASS=1;let m=new cn;m.setAttribute("position",new Ht(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let S=new sn(m,u),p=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Jr;let g=this.type;this.render=function(R,x,w){if(p.enabled===!1||p.autoUpdate===!1&&p.needsUpdate===!1||R.length===0)return;this.type===xd&&(Re("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Jr);let k=s.getRenderTarget(),D=s.getActiveCubeFace(),E=s.getActiveMipmapLevel(),X=s.state;X.setBlending(rs),X.buffers.depth.getReversed()===!0?X.buffers.color.setClear(0,0,0,0):X.buffers.color.setClear(1,1,1,1),X.buffers.depth.setTest(!0),X.setScissorTest(!1);let I=g!==this.type;I&&x.traverse(function(_){_.material&&(Array.isArray(_.material)?_.material.forEach(L=>L.needsUpdate=!0):_.material.needsUpdate=!0)});for(let _=0,L=R.length;_<L;_++){let G=R[_],F=G.shadow;if(F===void 0){Re("WebGLShadowMap:",G,"has no shadow.");continue}if(F.autoUpdate===!1&&F.needsUpdate===!1)continue;i.copy(F.mapSize);let ee=F.getFrameExtents();i.multiply(ee),r.copy(F.mapSize),(i.x>h||i.y>h)&&(i.x>h&&(r.x=Math.floor(h/ee.x),i.x=r.x*ee.x,F.mapSize.x=r.x),i.y>h&&(r.y=Math.floor(h/ee.y),i.y=r.y*ee.y,F.mapSize.y=r.y));let H=s.state.buffers.depth.getReversed();if(F.camera._reversedDepth=H,F.map===null||I===!0){if(F.map!==null&&(F.map.depthTexture!==null&&(F.map.depthTexture.dispose(),F.map.depthTexture=null),F.map.dispose()),this.type===Qs){if(G.isPointLight){Re("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}F.map=new mn(i.x,i.y,{format:Bi,type:Bn,minFilter:Pt,magFilter:Pt,generateMipmaps:!1}),F.map.texture.name=G.name+".shadowMap",F.map.depthTexture=new di(i.x,i.y,gn),F.map.depthTexture.name=G.name+".shadowMapDepth",F.map.depthTexture.format=hi,F.map.depthTexture.compareFunction=null,F.map.depthTexture.minFilter=St,F.map.depthTexture.magFilter=St}else G.isPointLight?(F.map=new ao(i.x),F.map.depthTexture=new kr(i.x,Fn)):(F.map=new mn(i.x,i.y),F.map.depthTexture=new di(i.x,i.y,Fn)),F.map.depthTexture.name=G.name+".shadowMap",F.map.depthTexture.format=hi,this.type===Jr?(F.map.depthTexture.compareFunction=H?Zc:Kc,F.map.depthTexture.minFilter=Pt,F.map.depthTexture.magFilter=Pt):(F.map.depthTexture.compareFunction=null,F.map.depthTexture.minFilter=St,F.map.depthTexture.magFilter=St);F.camera.updateProjectionMatrix()}F.map.isWebGLCubeRenderTarget!==!0&&(F.map.width!==i.x||F.map.height!==i.y)&&F.map.setSize(i.x,i.y);let Z=F.map.isWebGLCubeRenderTarget?6:F.getViewportCount();G.isPointLight!==!0&&F.updateMatrices(G,w);let ne=(F.camera.layers.mask&4294967294)!==0?F.camera.layers:w.layers;for(let me=0;me<Z;me++){let Me=F.getCamera(me);if(G.isPointLight){let q=F.camera,se=F.matrix,ge=G.distance||q.far;ge!==q.far&&(q.far=ge,q.updateProjectionMatrix()),ro.setFromMatrixPosition(G.matrixWorld),q.position.copy(ro),ph.copy(q.position),ph.add(tv[me]),q.up.copy(nv[me]),q.lookAt(ph),q.updateMatrixWorld(),se.makeTranslation(-ro.x,-ro.y,-ro.z),bp.multiplyMatrices(q.projectionMatrix,q.matrixWorldInverse),F._frustum.setFromProjectionMatrix(bp,q.coordinateSystem,q.reversedDepth)}if(F.map.isWebGLCubeRenderTarget)s.setRenderTarget(F.map,me),s.clear();else{me===0&&(s.setRenderTarget(F.map),s.clear());let q=F.getViewport(me);o.set(r.x*q.x,r.y*q.y,r.x*q.z,r.y*q.w),X.viewport(o)}n=F.getFrustum(me),M(x,w,Me,G,ne,this.type)}F.isPointLightShadow!==!0&&this.type===Qs&&b(F,w),F.needsUpdate=!1}g=this.type,p.needsUpdate=!1,s.setRenderTarget(k,D,E)};function b(R,x){let w=e.update(S);u.defines.VSM_SAMPLES!==R.blurSamples&&(u.defines.VSM_SAMPLES=R.blurSamples,d.defines.VSM_SAMPLES=R.blurSamples,u.needsUpdate=!0,d.needsUpdate=!0),R.mapPass===null?R.mapPass=new mn(i.x,i.y,{format:Bi,type:Bn}):(R.mapPass.width!==R.map.width||R.mapPass.height!==R.map.height)&&R.mapPass.setSize(R.map.width,R.map.height),u.uniforms.shadow_pass.value=R.map.depthTexture,u.uniforms.resolution.value.set(R.map.width,R.map.height),u.uniforms.radius.value=R.radius,s.setRenderTarget(R.mapPass),s.clear(),s.renderBufferDirect(x,null,w,u,S,null),d.uniforms.shadow_pass.value=R.mapPass.texture,d.uniforms.resolution.value.set(R.map.width,R.map.height),d.uniforms.radius.value=R.radius,s.setRenderTarget(R.map),s.clear(),s.renderBufferDirect(x,null,w,d,S,null)}function A(R,x,w,k){let D=null,E=w.isPointLight===!0?R.customDistanceMaterial:R.customDepthMaterial;if(E!==void 0)D=E;else if(D=w.isPointLight===!0?c:l,s.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let X=D.uuid,I=x.uuid,_=a[X];_===void 0&&(_={},a[X]=_);let L=_[I];L===void 0&&(L=D.clone(),_[I]=L,x.addEventListener("dispose",C)),D=L}if(D.visible=x.visible,D.wireframe=x.wireframe,k===Qs?D.side=x.shadowSide!==null?x.shadowSide:x.side:D.side=x.shadowSide!==null?x.shadowSide:f[x.side],D.alphaMap=x.alphaMap,D.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,D.map=x.map,D.clipShadows=x.clipShadows,D.clippingPlanes=x.clippingPlanes,D.clipIntersection=x.clipIntersection,D.displacementMap=x.displacementMap,D.displacementScale=x.displacementScale,D.displacementBias=x.displacementBias,D.wireframeLinewidth=x.wireframeLinewidth,D.linewidth=x.linewidth,w.isPointLight===!0&&D.isMeshDistanceMaterial===!0){let X=s.properties.get(D);X.light=w}return D}function M(R,x,w,k,D,E){if(R.visible===!1)return;if(R.layers.test(D)&&(R.isMesh||R.isLine||R.isPoints)&&(R.castShadow||R.receiveShadow&&E===Qs)&&(!R.frustumCulled||R.intersectsFrustum(n))){R.modelViewMatrix.multiplyMatrices(w.matrixWorldInverse,R.matrixWorld);let _=e.update(R),L=R.material;if(Array.isArray(L)){let G=_.groups;for(let F=0,ee=G.length;F<ee;F++){let H=G[F],Z=L[H.materialIndex];if(Z&&Z.visible){let ne=A(R,Z,k,E);R.onBeforeShadow(s,R,x,w,_,ne,H),s.renderBufferDirect(w,null,_,ne,R,H),R.onAfterShadow(s,R,x,w,_,ne,H)}}}else if(L.visible){let G=A(R,L,k,E);R.onBeforeShadow(s,R,x,w,_,G,null),s.renderBufferDirect(w,null,_,G,R,null),R.onAfterShadow(s,R,x,w,_,G,null)}}let I=R.children;for(let _=0,L=I.length;_<L;_++)M(I[_],x,w,k,D,E)}function C(R){R.target.removeEventListener("dispose",C);for(let w in a){let k=a[w],D=R.target.uuid;D in k&&(k[D].dispose(),delete k[D])}}}function sv(s,e){function t(){let P=!1,j=new ct,$=null,he=new ct(0,0,0,0);return{setMask:function(oe){$!==oe&&!P&&(s.colorMask(oe,oe,oe,oe),$=oe)},setLocked:function(oe){P=oe},setClear:function(oe,le,Ce,Ye,re){re===!0&&(oe*=Ye,le*=Ye,Ce*=Ye),j.set(oe,le,Ce,Ye),he.equals(j)===!1&&(s.clearColor(oe,le,Ce,Ye),he.copy(j))},reset:function(){P=!1,$=null,he.set(-1,0,0,0)}}}function n(){let P=!1,j=!1,$=null,he=null,oe=null;return{setReversed:function(le){if(j!==le){let Ce=e.get("EXT_clip_control");le?Ce.clipControlEXT(Ce.LOWER_LEFT_EXT,Ce.ZERO_TO_ONE_EXT):Ce.clipControlEXT(Ce.LOWER_LEFT_EXT,Ce.NEGATIVE_ONE_TO_ONE_EXT),j=le;let Ye=oe;oe=null,this.setClear(Ye)}},getReversed:function(){return j},setTest:function(le){le?ye(s.DEPTH_TEST):We(s.DEPTH_TEST)},setMask:function(le){$!==le&&!P&&(s.depthMask(le),$=le)},setFunc:function(le){if(j&&(le=jd[le]),he!==le){switch(le){case Qo:s.depthFunc(s.NEVER);break;case ea:s.depthFunc(s.ALWAYS);break;case ta:s.depthFunc(s.LESS);break;case Os:s.depthFunc(s.LEQUAL);break;case na:s.depthFunc(s.EQUAL);break;case ia:s.depthFunc(s.GEQUAL);break;case sa:s.depthFunc(s.GREATER);break;case ra:s.depthFunc(s.NOTEQUAL);break;default:s.depthFunc(s.LEQUAL)}he=le}},setLocked:function(le){P=le},setClear:function(le){oe!==le&&(oe=le,j&&(le=1-le),s.clearDepth(le))},reset:function(){P=!1,$=null,he=null,oe=null,j=!1}}}function i(){let P=!1,j=null,$=null,he=null,oe=null,le=null,Ce=null,Ye=null,re=null;return{setTest:function(Ue){P||(Ue?ye(s.STENCIL_TEST):We(s.STENCIL_TEST))},setMask:function(Ue){j!==Ue&&!P&&(s.stencilMask(Ue),j=Ue)},setFunc:function(Ue,qe,_e){($!==Ue||he!==qe||oe!==_e)&&(s.stencilFunc(Ue,qe,_e),$=Ue,he=qe,oe=_e)},setOp:function(Ue,qe,_e){(le!==Ue||Ce!==qe||Ye!==_e)&&(s.stencilOp(Ue,qe,_e),le=Ue,Ce=qe,Ye=_e)},setLocked:function(Ue){P=Ue},setClear:function(Ue){re!==Ue&&(s.clearStencil(Ue),re=Ue)},reset:function(){P=!1,j=null,$=null,he=null,oe=null,le=null,Ce=null,Ye=null,re=null}}}let r=new t,o=new n,l=new i,c={},a=new WeakMap,h={},f={},u={},d=new WeakMap,m=[],S=null,p=!1,g=null,b=null,A=null,M=null,C=null,R=null,x=null,w=new Oe(0,0,0),k=0,D=!1,E=null,X=null,I=null,_=null,L=null,G=s.getParameter(s.MAX_COMBINED_TEXTURE_IMAGE_UNITS),F=!1,ee=0,H=s.getParameter(s.VERSION);H.indexOf("WebGL")!==-1?(ee=parseFloat(/^WebGL (\d)/.exec(H)[1]),F=ee>=1):H.indexOf("OpenGL ES")!==-1&&(ee=parseFloat(/^OpenGL ES (\d)/.exec(H)[1]),F=ee>=2);let Z=null,ne={},me=s.getParameter(s.SCISSOR_BOX),Me=s.getParameter(s.VIEWPORT),q=new ct().fromArray(me),se=new ct().fromArray(Me);function ge(P,j,$,he){let oe=new Uint8Array(4),le=s.createTexture();s.bindTexture(P,le),s.texParameteri(P,s.TEXTURE_MIN_FILTER,s.NEAREST),s.texParameteri(P,s.TEXTURE_MAG_FILTER,s.NEAREST);for(let Ce=0;Ce<$;Ce++)P===s.TEXTURE_3D||P===s.TEXTURE_2D_ARRAY?s.texImage3D(j,0,s.RGBA,1,1,he,0,s.RGBA,s.UNSIGNED_BYTE,oe):s.texImage2D(j+Ce,0,s.RGBA,1,1,0,s.RGBA,s.UNSIGNED_BYTE,oe);return le}let Le={};Le[s.TEXTURE_2D]=ge(s.TEXTURE_2D,s.TEXTURE_2D,1),Le[s.TEXTURE_CUBE_MAP]=ge(s.TEXTURE_CUBE_MAP,s.TEXTURE_CUBE_MAP_POSITIVE_X,6),Le[s.TEXTURE_2D_ARRAY]=ge(s.TEXTURE_2D_ARRAY,s.TEXTURE_2D_ARRAY,1,1),Le[s.TEXTURE_3D]=ge(s.TEXTURE_3D,s.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),l.setClear(0),ye(s.DEPTH_TEST),o.setFunc(Os),an(!1),_t(Ac),ye(s.CULL_FACE),zt(rs);function ye(P){h[P]!==!0&&(s.enable(P),h[P]=!0)}function We(P){h[P]!==!1&&(s.disable(P),h[P]=!1)}function bt(P,j){return u[P]!==j?(s.bindFramebuffer(P,j),u[P]=j,P===s.DRAW_FRAMEBUFFER&&(u[s.FRAMEBUFFER]=j),P===s.FRAMEBUFFER&&(u[s.DRAW_FRAMEBUFFER]=j),!0):!1}function Be(P,j){let $=m,he=!1;if(P){$=d.get(j),$===void 0&&($=[],d.set(j,$));let oe=P.textures;if($.length!==oe.length||$[0]!==s.COLOR_ATTACHMENT0){for(let le=0,Ce=oe.length;le<Ce;le++)$[le]=s.COLOR_ATTACHMENT0+le;$.length=oe.length,he=!0}}else $[0]!==s.BACK&&($[0]=s.BACK,he=!0);he&&s.drawBuffers($)}function at(P){return S!==P?(s.useProgram(P),S=P,!0):!1}let ht={[os]:s.FUNC_ADD,[vd]:s.FUNC_SUBTRACT,[Sd]:s.FUNC_REVERSE_SUBTRACT};ht[Md]=s.MIN,ht[bd]=s.MAX;let tt={[wd]:s.ZERO,[Td]:s.ONE,[Ed]:s.SRC_COLOR,[Pc]:s.SRC_ALPHA,[Ld]:s.SRC_ALPHA_SATURATE,[Id]:s.DST_COLOR,[Rd]:s.DST_ALPHA,[Ad]:s.ONE_MINUS_SRC_COLOR,[Lc]:s.ONE_MINUS_SRC_ALPHA,[Pd]:s.ONE_MINUS_DST_COLOR,[Cd]:s.ONE_MINUS_DST_ALPHA,[Nd]:s.CONSTANT_COLOR,[Dd]:s.ONE_MINUS_CONSTANT_COLOR,[Ud]:s.CONSTANT_ALPHA,[Od]:s.ONE_MINUS_CONSTANT_ALPHA};function zt(P,j,$,he,oe,le,Ce,Ye,re,Ue){if(P===rs){p===!0&&(We(s.BLEND),p=!1);return}if(p===!1&&(ye(s.BLEND),p=!0),P!==yd){if(P!==g||Ue!==D){if((b!==os||C!==os)&&(s.blendEquation(s.FUNC_ADD),b=os,C=os),Ue)switch(P){case er:s.blendFuncSeparate(s.ONE,s.ONE_MINUS_SRC_ALPHA,s.ONE,s.ONE_MINUS_SRC_ALPHA);break;case Rc:s.blendFunc(s.ONE,s.ONE);break;case Cc:s.blendFuncSeparate(s.ZERO,s.ONE_MINUS_SRC_COLOR,s.ZERO,s.ONE);break;case Ic:s.blendFuncSeparate(s.DST_COLOR,s.ONE_MINUS_SRC_ALPHA,s.ZERO,s.ONE);break;default:ke("WebGLState: Invalid blending: ",P);break}else switch(P){case er:s.blendFuncSeparate(s.SRC_ALPHA,s.ONE_MINUS_SRC_ALPHA,s.ONE,s.ONE_MINUS_SRC_ALPHA);break;case Rc:s.blendFuncSeparate(s.SRC_ALPHA,s.ONE,s.ONE,s.ONE);break;case Cc:ke("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Ic:ke("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:ke("WebGLState: Invalid blending: ",P);break}A=null,M=null,R=null,x=null,w.set(0,0,0),k=0,g=P,D=Ue}return}oe=oe||j,le=le||$,Ce=Ce||he,(j!==b||oe!==C)&&(s.blendEquationSeparate(ht[j],ht[oe]),b=j,C=oe),($!==A||he!==M||le!==R||Ce!==x)&&(s.blendFuncSeparate(tt[$],tt[he],tt[le],tt[Ce]),A=$,M=he,R=le,x=Ce),(Ye.equals(w)===!1||re!==k)&&(s.blendColor(Ye.r,Ye.g,Ye.b,re),w.copy(Ye),k=re),g=P,D=!1}function Et(P,j){P.side===Tn?We(s.CULL_FACE):ye(s.CULL_FACE);let $=P.side===on;j&&($=!$),an($),P.blending===er&&P.transparent===!1?zt(rs):zt(P.blending,P.blendEquation,P.blendSrc,P.blendDst,P.blendEquationAlpha,P.blendSrcAlpha,P.blendDstAlpha,P.blendColor,P.blendAlpha,P.premultipliedAlpha),o.setFunc(P.depthFunc),o.setTest(P.depthTest),o.setMask(P.depthWrite),r.setMask(P.colorWrite);let he=P.stencilWrite;l.setTest(he),he&&(l.setMask(P.stencilWriteMask),l.setFunc(P.stencilFunc,P.stencilRef,P.stencilFuncMask),l.setOp(P.stencilFail,P.stencilZFail,P.stencilZPass)),Dt(P.polygonOffset,P.polygonOffsetFactor,P.polygonOffsetUnits),P.alphaToCoverage===!0?ye(s.SAMPLE_ALPHA_TO_COVERAGE):We(s.SAMPLE_ALPHA_TO_COVERAGE)}function an(P){E!==P&&(P?s.frontFace(s.CW):s.frontFace(s.CCW),E=P)}function _t(P){P!==gd?(ye(s.CULL_FACE),P!==X&&(P===Ac?s.cullFace(s.BACK):P===_d?s.cullFace(s.FRONT):s.cullFace(s.FRONT_AND_BACK))):We(s.CULL_FACE),X=P}function kn(P){P!==I&&(F&&s.lineWidth(P),I=P)}function Dt(P,j,$){P?(ye(s.POLYGON_OFFSET_FILL),(_!==j||L!==$)&&(_=j,L=$,o.getReversed()&&(j=-j,$=-$),s.polygonOffset(j,$))):We(s.POLYGON_OFFSET_FILL)}function xn(P){P?ye(s.SCISSOR_TEST):We(s.SCISSOR_TEST)}function yn(P){P===void 0&&(P=s.TEXTURE0+G-1),Z!==P&&(s.activeTexture(P),Z=P)}function vn(P,j,$){$===void 0&&(Z===null?$=s.TEXTURE0+G-1:$=Z);let he=ne[$];he===void 0&&(he={type:void 0,texture:void 0},ne[$]=he),(he.type!==P||he.texture!==j)&&(Z!==$&&(s.activeTexture($),Z=$),s.bindTexture(P,j||Le[P]),he.type=P,he.texture=j)}function U(){let P=ne[Z];P!==void 0&&P.type!==void 0&&(s.bindTexture(P.type,null),P.type=void 0,P.texture=void 0)}function Sn(){try{s.compressedTexImage2D(...arguments)}catch(P){ke("WebGLState:",P)}}function pt(){try{s.compressedTexImage3D(...arguments)}catch(P){ke("WebGLState:",P)}}function mt(){try{s.texSubImage2D(...arguments)}catch(P){ke("WebGLState:",P)}}function pe(){try{s.texSubImage3D(...arguments)}catch(P){ke("WebGLState:",P)}}function At(){try{s.compressedTexSubImage2D(...arguments)}catch(P){ke("WebGLState:",P)}}function Fe(){try{s.compressedTexSubImage3D(...arguments)}catch(P){ke("WebGLState:",P)}}function Ve(){try{s.texStorage2D(...arguments)}catch(P){ke("WebGLState:",P)}}function T(){try{s.texStorage3D(...arguments)}catch(P){ke("WebGLState:",P)}}function y(){try{s.texImage2D(...arguments)}catch(P){ke("WebGLState:",P)}}function z(){try{s.texImage3D(...arguments)}catch(P){ke("WebGLState:",P)}}function ie(P){return f[P]!==void 0?f[P]:s.getParameter(P)}function te(P,j){f[P]!==j&&(s.pixelStorei(P,j),f[P]=j)}function ae(P){q.equals(P)===!1&&(s.scissor(P.x,P.y,P.z,P.w),q.copy(P))}function fe(P){se.equals(P)===!1&&(s.viewport(P.x,P.y,P.z,P.w),se.copy(P))}function K(P,j){let $=a.get(j);$===void 0&&($=new WeakMap,a.set(j,$));let he=$.get(P);he===void 0&&(he=s.getUniformBlockIndex(j,P.name),s.uniformBlockBinding(j,he,he),$.set(P,he))}function J(P,j,$){let oe=a.get(j).get(P);c[oe]!==$&&(s.bindBufferBase(s.UNIFORM_BUFFER,oe,$),c[oe]=$)}function ce(){s.disable(s.BLEND),s.disable(s.CULL_FACE),s.disable(s.DEPTH_TEST),s.disable(s.POLYGON_OFFSET_FILL),s.disable(s.SCISSOR_TEST),s.disable(s.STENCIL_TEST),s.disable(s.SAMPLE_ALPHA_TO_COVERAGE),s.blendEquation(s.FUNC_ADD),s.blendFunc(s.ONE,s.ZERO),s.blendFuncSeparate(s.ONE,s.ZERO,s.ONE,s.ZERO),s.blendColor(0,0,0,0),s.colorMask(!0,!0,!0,!0),s.clearColor(0,0,0,0),s.depthMask(!0),s.depthFunc(s.LESS),o.setReversed(!1),s.clearDepth(1),s.stencilMask(4294967295),s.stencilFunc(s.ALWAYS,0,4294967295),s.stencilOp(s.KEEP,s.KEEP,s.KEEP),s.clearStencil(0),s.cullFace(s.BACK),s.frontFace(s.CCW),s.polygonOffset(0,0),s.activeTexture(s.TEXTURE0),s.bindFramebuffer(s.FRAMEBUFFER,null),s.bindFramebuffer(s.DRAW_FRAMEBUFFER,null),s.bindFramebuffer(s.READ_FRAMEBUFFER,null),s.useProgram(null),s.lineWidth(1),s.scissor(0,0,s.canvas.width,s.canvas.height),s.viewport(0,0,s.canvas.width,s.canvas.height),s.pixelStorei(s.PACK_ALIGNMENT,4),s.pixelStorei(s.UNPACK_ALIGNMENT,4),s.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,!1),s.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),s.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,s.BROWSER_DEFAULT_WEBGL),s.pixelStorei(s.PACK_ROW_LENGTH,0),s.pixelStorei(s.PACK_SKIP_PIXELS,0),s.pixelStorei(s.PACK_SKIP_ROWS,0),s.pixelStorei(s.UNPACK_ROW_LENGTH,0),s.pixelStorei(s.UNPACK_IMAGE_HEIGHT,0),s.pixelStorei(s.UNPACK_SKIP_PIXELS,0),s.pixelStorei(s.UNPACK_SKIP_ROWS,0),s.pixelStorei(s.UNPACK_SKIP_IMAGES,0),h={},f={},Z=null,ne={},u={},c={},d=new WeakMap,m=[],S=null,p=!1,g=null,b=null,A=null,M=null,C=null,R=null,x=null,w=new Oe(0,0,0),k=0,D=!1,E=null,X=null,I=null,_=null,L=null,q.set(0,0,s.canvas.width,s.canvas.height),se.set(0,0,s.canvas.width,s.canvas.height),r.reset(),o.reset(),l.reset()}return{buffers:{color:r,depth:o,stencil:l},enable:ye,disable:We,bindFramebuffer:bt,drawBuffers:Be,useProgram:at,setBlending:zt,setMaterial:Et,setFlipSided:an,setCullFace:_t,setLineWidth:kn,setPolygonOffset:Dt,setScissorTest:xn,activeTexture:yn,bindTexture:vn,unbindTexture:U,compressedTexImage2D:Sn,compressedTexImage3D:pt,texImage2D:y,texImage3D:z,pixelStorei:te,getParameter:ie,updateUBOMapping:K,uniformBlockBinding:J,texStorage2D:Ve,texStorage3D:T,texSubImage2D:mt,texSubImage3D:pe,compressedTexSubImage2D:At,compressedTexSubImage3D:Fe,scissor:ae,viewport:fe,reset:ce}}function rv(s,e,t,n,i,r,o){let l=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),a=new je,h=new WeakMap,f=new Set,u,d=new WeakMap,m=new Set,S=new FinalizationRegistry(T=>m.delete(T)),p=!1;try{p=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(T,y){return p?new OffscreenCanvas(T,y):ks("canvas")}function b(T,y,z){let ie=1,te=Ve(T);if((te.width>z||te.height>z)&&(ie=z/Math.max(te.width,te.height)),ie<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let ae=Math.floor(ie*te.width),fe=Math.floor(ie*te.height);u===void 0&&(u=g(ae,fe));let K=y?g(ae,fe):u;return K.width=ae,K.height=fe,K.getContext("2d").drawImage(T,0,0,ae,fe),Re("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ae+"x"+fe+")."),K}else return"data"in T&&Re("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),T;return T}function A(T){return T.generateMipmaps}function M(T){s.generateMipmap(T)}function C(T){return T.isWebGLCubeRenderTarget?s.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?s.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?s.TEXTURE_2D_ARRAY:s.TEXTURE_2D}function R(T,y,z,ie,te,ae=!1){if(T!==null){if(s[T]!==void 0)return s[T];Re("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let fe;ie&&(fe=e.get("EXT_texture_norm16"),fe||Re("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let K=y;if(y===s.RED&&(z===s.FLOAT&&(K=s.R32F),z===s.HALF_FLOAT&&(K=s.R16F),z===s.UNSIGNED_BYTE&&(K=s.R8),z===s.UNSIGNED_SHORT&&fe&&(K=fe.R16_EXT),z===s.SHORT&&fe&&(K=fe.R16_SNORM_EXT)),y===s.RED_INTEGER&&(z===s.UNSIGNED_BYTE&&(K=s.R8UI),z===s.UNSIGNED_SHORT&&(K=s.R16UI),z===s.UNSIGNED_INT&&(K=s.R32UI),z===s.BYTE&&(K=s.R8I),z===s.SHORT&&(K=s.R16I),z===s.INT&&(K=s.R32I)),y===s.RG&&(z===s.FLOAT&&(K=s.RG32F),z===s.HALF_FLOAT&&(K=s.RG16F),z===s.UNSIGNED_BYTE&&(K=s.RG8),z===s.UNSIGNED_SHORT&&fe&&(K=fe.RG16_EXT),z===s.SHORT&&fe&&(K=fe.RG16_SNORM_EXT)),y===s.RG_INTEGER&&(z===s.UNSIGNED_BYTE&&(K=s.RG8UI),z===s.UNSIGNED_SHORT&&(K=s.RG16UI),z===s.UNSIGNED_INT&&(K=s.RG32UI),z===s.BYTE&&(K=s.RG8I),z===s.SHORT&&(K=s.RG16I),z===s.INT&&(K=s.RG32I)),y===s.RGB_INTEGER&&(z===s.UNSIGNED_BYTE&&(K=s.RGB8UI),z===s.UNSIGNED_SHORT&&(K=s.RGB16UI),z===s.UNSIGNED_INT&&(K=s.RGB32UI),z===s.BYTE&&(K=s.RGB8I),z===s.SHORT&&(K=s.RGB16I),z===s.INT&&(K=s.RGB32I)),y===s.RGBA_INTEGER&&(z===s.UNSIGNED_BYTE&&(K=s.RGBA8UI),z===s.UNSIGNED_SHORT&&(K=s.RGBA16UI),z===s.UNSIGNED_INT&&(K=s.RGBA32UI),z===s.BYTE&&(K=s.RGBA8I),z===s.SHORT&&(K=s.RGBA16I),z===s.INT&&(K=s.RGBA32I)),y===s.RGB&&(z===s.UNSIGNED_SHORT&&fe&&(K=fe.RGB16_EXT),z===s.SHORT&&fe&&(K=fe.RGB16_SNORM_EXT),z===s.UNSIGNED_INT_5_9_9_9_REV&&(K=s.RGB9_E5),z===s.UNSIGNED_INT_10F_11F_11F_REV&&(K=s.R11F_G11F_B10F)),y===s.RGBA){let J=ae?Tr:Je.getTransfer(te);z===s.FLOAT&&(K=s.RGBA32F),z===s.HALF_FLOAT&&(K=s.RGBA16F),z===s.UNSIGNED_BYTE&&(K=J===ot?s.SRGB8_ALPHA8:s.RGBA8),z===s.UNSIGNED_SHORT&&fe&&(K=fe.RGBA16_EXT),z===s.SHORT&&fe&&(K=fe.RGBA16_SNORM_EXT),z===s.UNSIGNED_SHORT_4_4_4_4&&(K=s.RGBA4),z===s.UNSIGNED_SHORT_5_5_5_1&&(K=s.RGB5_A1)}return(K===s.R16F||K===s.R32F||K===s.RG16F||K===s.RG32F||K===s.RGBA16F||K===s.RGBA32F)&&e.get("EXT_color_buffer_float"),K}function x(T,y){let z;return T?y===null||y===Fn||y===cs?z=s.DEPTH24_STENCIL8:y===gn?z=s.DEPTH32F_STENCIL8:y===ir&&(z=s.DEPTH24_STENCIL8,Re("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Fn||y===cs?z=s.DEPTH_COMPONENT24:y===gn?z=s.DEPTH_COMPONENT32F:y===ir&&(z=s.DEPTH_COMPONENT16),z}function w(T,y){return A(T)===!0||T.isFramebufferTexture&&T.minFilter!==St&&T.minFilter!==Pt?Math.log2(Math.max(y.width,y.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?y.mipmaps.length:1}function k(T){let y=new WeakRef(T);n.get(T).__ref=y,m.add(y),S.register(T,y,y)}function D(T){let y=n.get(T).__ref;y!==void 0&&(m.delete(y),S.unregister(y))}function E(T){I(T.target)}function X(T){_(T.target)}function I(T){T.removeEventListener("dispose",E),D(T),G(T),T.isVideoTexture&&h.delete(T),T.isHTMLTexture&&f.delete(T)}function _(T){T.removeEventListener("dispose",X),D(T),ee(T)}function L(){for(let T of m){let y=T.deref();y!==void 0&&(y.isRenderTarget===!0?_(y):I(y))}m.clear(),f.clear()}function G(T){let y=n.get(T);if(y.__webglInit===void 0)return;let z=T.source,ie=d.get(z);if(ie){let te=ie[y.__cacheKey];te.usedTimes--,te.usedTimes===0&&F(T),Object.keys(ie).length===0&&d.delete(z)}n.remove(T)}function F(T){let y=n.get(T);s.deleteTexture(y.__webglTexture);let z=T.source,ie=d.get(z);delete ie[y.__cacheKey],o.memory.textures--}function ee(T){let y=n.get(T);y.__depthDisposeCallback&&y.__depthDisposeCallback();let z=T.depthTexture;if(z&&z.renderTarget===T&&I(z),T.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(y.__webglFramebuffer[te]))for(let ae=0;ae<y.__webglFramebuffer[te].length;ae++)s.deleteFramebuffer(y.__webglFramebuffer[te][ae]);else s.deleteFramebuffer(y.__webglFramebuffer[te]);y.__webglDepthbuffer&&s.deleteRenderbuffer(y.__webglDepthbuffer[te])}else{if(Array.isArray(y.__webglFramebuffer))for(let te=0;te<y.__webglFramebuffer.length;te++)s.deleteFramebuffer(y.__webglFramebuffer[te]);else s.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&s.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&s.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let te=0;te<y.__webglColorRenderbuffer.length;te++)y.__webglColorRenderbuffer[te]&&s.deleteRenderbuffer(y.__webglColorRenderbuffer[te]);y.__webglDepthRenderbuffer&&s.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let ie=T.textures;for(let te=0,ae=ie.length;te<ae;te++){let fe=n.get(ie[te]);fe.__webglTexture&&(s.deleteTexture(fe.__webglTexture),o.memory.textures--),n.remove(ie[te])}n.remove(T)}let H=0;function Z(){H=0}function ne(){return H}function me(T){H=T}function Me(){let T=H;return T>=i.maxTextures&&Re("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+i.maxTextures),H+=1,T}function q(T){let y=[];return y.push(T.wrapS),y.push(T.wrapT),y.push(T.wrapR||0),y.push(T.magFilter),y.push(T.minFilter),y.push(T.anisotropy),y.push(T.internalFormat),y.push(T.format),y.push(T.type),y.push(T.generateMipmaps),y.push(T.mipmapsAutoUpdate),y.push(T.premultiplyAlpha),y.push(T.flipY),y.push(T.unpackAlignment),y.push(T.colorSpace),y.join()}function se(T,y){let z=n.get(T);if(T.isVideoTexture&&At(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&z.__version!==T.version){let ie=T.image;if(ie===null)Re("WebGLRenderer: Texture marked for update but no image data found.");else if(ie.complete===!1)Re("WebGLRenderer: Texture marked for update but image is incomplete");else{Et(z,T,y);return}}else T.isExternalTexture&&(z.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(s.TEXTURE_2D,z.__webglTexture,s.TEXTURE0+y)}function ge(T,y){let z=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&z.__version!==T.version){Et(z,T,y);return}else T.isExternalTexture&&(z.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(s.TEXTURE_2D_ARRAY,z.__webglTexture,s.TEXTURE0+y)}function Le(T,y){let z=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&z.__version!==T.version){Et(z,T,y);return}t.bindTexture(s.TEXTURE_3D,z.__webglTexture,s.TEXTURE0+y)}function ye(T,y){let z=n.get(T);if(T.version>0&&z.__version!==T.version){an(z,T,y);return}t.bindTexture(s.TEXTURE_CUBE_MAP,z.__webglTexture,s.TEXTURE0+y)}let We={[Di]:s.REPEAT,[bn]:s.CLAMP_TO_EDGE,[Fs]:s.MIRRORED_REPEAT},bt={[St]:s.NEAREST,[Ea]:s.NEAREST_MIPMAP_NEAREST,[ls]:s.NEAREST_MIPMAP_LINEAR,[Pt]:s.LINEAR,[nr]:s.LINEAR_MIPMAP_NEAREST,[En]:s.LINEAR_MIPMAP_LINEAR},Be={[Wd]:s.NEVER,[Jc]:s.ALWAYS,[Xd]:s.LESS,[Kc]:s.LEQUAL,[qd]:s.EQUAL,[Zc]:s.GEQUAL,[Yd]:s.GREATER,[$d]:s.NOTEQUAL};function at(T,y){if(y.type===gn&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===Pt||y.magFilter===nr||y.magFilter===ls||y.magFilter===En||y.minFilter===Pt||y.minFilter===nr||y.minFilter===ls||y.minFilter===En)&&Re("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),s.texParameteri(T,s.TEXTURE_WRAP_S,We[y.wrapS]),s.texParameteri(T,s.TEXTURE_WRAP_T,We[y.wrapT]),(T===s.TEXTURE_3D||T===s.TEXTURE_2D_ARRAY)&&s.texParameteri(T,s.TEXTURE_WRAP_R,We[y.wrapR]),s.texParameteri(T,s.TEXTURE_MAG_FILTER,bt[y.magFilter]),s.texParameteri(T,s.TEXTURE_MIN_FILTER,bt[y.minFilter]),y.compareFunction&&(s.texParameteri(T,s.TEXTURE_COMPARE_MODE,s.COMPARE_REF_TO_TEXTURE),s.texParameteri(T,s.TEXTURE_COMPARE_FUNC,Be[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===St||y.minFilter!==ls&&y.minFilter!==En||y.type===gn&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||n.get(y).__currentAnisotropy){let z=e.get("EXT_texture_filter_anisotropic");s.texParameterf(T,z.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,i.getMaxAnisotropy())),n.get(y).__currentAnisotropy=y.anisotropy}}}function ht(T,y){let z=!1;T.__webglInit===void 0&&(T.__webglInit=!0,y.addEventListener("dispose",E),k(y));let ie=y.source,te=d.get(ie);te===void 0&&(te={},d.set(ie,te));let ae=q(y);if(ae!==T.__cacheKey){te[ae]===void 0&&(te[ae]={texture:s.createTexture(),usedTimes:0},o.memory.textures++,z=!0),te[ae].usedTimes++;let fe=te[T.__cacheKey];fe!==void 0&&(te[T.__cacheKey].usedTimes--,fe.usedTimes===0&&F(y)),T.__cacheKey=ae,T.__webglTexture=te[ae].texture}return z}function tt(T,y,z){return Math.floor(Math.floor(T/z)/y)}function zt(T,y,z,ie){let ae=T.updateRanges;if(ae.length===0)t.texSubImage2D(s.TEXTURE_2D,0,0,0,y.width,y.height,z,ie,y.data);else{ae.sort((P,j)=>P.start-j.start);let fe=0;for(let P=1;P<ae.length;P++){let j=ae[fe],$=ae[P],he=j.start+j.count,oe=tt($.start,y.width,4),le=tt(j.start,y.width,4);$.start<=he+1&&oe===le&&tt($.start+$.count-1,y.width,4)===oe?j.count=Math.max(j.count,$.start+$.count-j.start):(++fe,ae[fe]=$)}ae.length=fe+1;let K=t.getParameter(s.UNPACK_ROW_LENGTH),J=t.getParameter(s.UNPACK_SKIP_PIXELS),ce=t.getParameter(s.UNPACK_SKIP_ROWS);t.pixelStorei(s.UNPACK_ROW_LENGTH,y.width);for(let P=0,j=ae.length;P<j;P++){let $=ae[P],he=Math.floor($.start/4),oe=Math.ceil($.count/4),le=he%y.width,Ce=Math.floor(he/y.width),Ye=oe,re=1;t.pixelStorei(s.UNPACK_SKIP_PIXELS,le),t.pixelStorei(s.UNPACK_SKIP_ROWS,Ce),t.texSubImage2D(s.TEXTURE_2D,0,le,Ce,Ye,re,z,ie,y.data)}T.clearUpdateRanges(),t.pixelStorei(s.UNPACK_ROW_LENGTH,K),t.pixelStorei(s.UNPACK_SKIP_PIXELS,J),t.pixelStorei(s.UNPACK_SKIP_ROWS,ce)}}function Et(T,y,z){let ie=s.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(ie=s.TEXTURE_2D_ARRAY),y.isData3DTexture&&(ie=s.TEXTURE_3D);let te=ht(T,y),ae=y.source;t.bindTexture(ie,T.__webglTexture,s.TEXTURE0+z);let fe=n.get(ae);if(ae.version!==fe.__version||te===!0){if(t.activeTexture(s.TEXTURE0+z),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let re=Je.getPrimaries(Je.workingColorSpace),Ue=y.colorSpace===vi?null:Je.getPrimaries(y.colorSpace),qe=y.colorSpace===vi||re===Ue?s.NONE:s.BROWSER_DEFAULT_WEBGL;t.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,qe)}t.pixelStorei(s.UNPACK_ALIGNMENT,y.unpackAlignment);let J=b(y.image,!1,i.maxTextureSize);J=Fe(y,J);let ce=r.convert(y.format,y.colorSpace),P=r.convert(y.type),j=R(y.internalFormat,ce,P,y.normalized,y.colorSpace,y.isVideoTexture);at(ie,y);let $,he=y.mipmaps,oe=y.isVideoTexture!==!0,le=fe.__version===void 0||te===!0,Ce=ae.dataReady,Ye=w(y,J);if(y.isDepthTexture)j=x(y.format===yi,y.type),le&&(oe?t.texStorage2D(s.TEXTURE_2D,1,j,J.width,J.height):t.texImage2D(s.TEXTURE_2D,0,j,J.width,J.height,0,ce,P,null));else if(y.isDataTexture)if(he.length>0){oe&&le&&t.texStorage2D(s.TEXTURE_2D,Ye,j,he[0].width,he[0].height);for(let re=0,Ue=he.length;re<Ue;re++)$=he[re],oe?Ce&&t.texSubImage2D(s.TEXTURE_2D,re,0,0,$.width,$.height,ce,P,$.data):t.texImage2D(s.TEXTURE_2D,re,j,$.width,$.height,0,ce,P,$.data);y.generateMipmaps=!1}else oe?(le&&t.texStorage2D(s.TEXTURE_2D,Ye,j,J.width,J.height),Ce&&zt(y,J,ce,P)):t.texImage2D(s.TEXTURE_2D,0,j,J.width,J.height,0,ce,P,J.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){oe&&le&&t.texStorage3D(s.TEXTURE_2D_ARRAY,Ye,j,he[0].width,he[0].height,J.depth);for(let re=0,Ue=he.length;re<Ue;re++)if($=he[re],y.format!==An)if(ce!==null)if(oe){if(Ce)if(y.layerUpdates.size>0){let qe=ah($.width,$.height,y.format,y.type);for(let _e of y.layerUpdates){let lt=$.data.subarray(_e*qe/$.data.BYTES_PER_ELEMENT,(_e+1)*qe/$.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(s.TEXTURE_2D_ARRAY,re,0,0,_e,$.width,$.height,1,ce,lt)}}else t.compressedTexSubImage3D(s.TEXTURE_2D_ARRAY,re,0,0,0,$.width,$.height,J.depth,ce,$.data)}else t.compressedTexImage3D(s.TEXTURE_2D_ARRAY,re,j,$.width,$.height,J.depth,0,$.data,0,0);else Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else oe?Ce&&t.texSubImage3D(s.TEXTURE_2D_ARRAY,re,0,0,0,$.width,$.height,J.depth,ce,P,$.data):t.texImage3D(s.TEXTURE_2D_ARRAY,re,j,$.width,$.height,J.depth,0,ce,P,$.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{oe&&le&&t.texStorage2D(s.TEXTURE_2D,Ye,j,he[0].width,he[0].height);for(let re=0,Ue=he.length;re<Ue;re++)$=he[re],y.format!==An?ce!==null?oe?Ce&&t.compressedTexSubImage2D(s.TEXTURE_2D,re,0,0,$.width,$.height,ce,$.data):t.compressedTexImage2D(s.TEXTURE_2D,re,j,$.width,$.height,0,$.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):oe?Ce&&t.texSubImage2D(s.TEXTURE_2D,re,0,0,$.width,$.height,ce,P,$.data):t.texImage2D(s.TEXTURE_2D,re,j,$.width,$.height,0,ce,P,$.data)}else if(y.isDataArrayTexture)if(oe){if(le&&t.texStorage3D(s.TEXTURE_2D_ARRAY,Ye,j,J.width,J.height,J.depth),Ce)if(y.layerUpdates.size>0){let re=ah(J.width,J.height,y.format,y.type);for(let Ue of y.layerUpdates){let qe=J.data.subarray(Ue*re/J.data.BYTES_PER_ELEMENT,(Ue+1)*re/J.data.BYTES_PER_ELEMENT);t.texSubImage3D(s.TEXTURE_2D_ARRAY,0,0,0,Ue,J.width,J.height,1,ce,P,qe)}y.clearLayerUpdates()}else t.texSubImage3D(s.TEXTURE_2D_ARRAY,0,0,0,0,J.width,J.height,J.depth,ce,P,J.data)}else t.texImage3D(s.TEXTURE_2D_ARRAY,0,j,J.width,J.height,J.depth,0,ce,P,J.data);else if(y.isData3DTexture)oe?(le&&t.texStorage3D(s.TEXTURE_3D,Ye,j,J.width,J.height,J.depth),Ce&&t.texSubImage3D(s.TEXTURE_3D,0,0,0,0,J.width,J.height,J.depth,ce,P,J.data)):t.texImage3D(s.TEXTURE_3D,0,j,J.width,J.height,J.depth,0,ce,P,J.data);else if(y.isFramebufferTexture){if(le)if(oe)t.texStorage2D(s.TEXTURE_2D,Ye,j,J.width,J.height);else{let re=J.width,Ue=J.height;for(let qe=0;qe<Ye;qe++)t.texImage2D(s.TEXTURE_2D,qe,j,re,Ue,0,ce,P,null),re>>=1,Ue>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in s){let re=s.canvas;if(re.hasAttribute("layoutsubtree")||re.setAttribute("layoutsubtree","true"),J.parentNode!==re){re.appendChild(J),f.add(y),re.onpaint=Ue=>{let qe=Ue.changedElements;for(let _e of f)qe.includes(_e.image)&&(_e.needsUpdate=!0)},re.requestPaint();return}if(s.texElementImage2D.length===3)s.texElementImage2D(s.TEXTURE_2D,s.RGBA8,J);else{let qe=s.RGBA,_e=s.RGBA,lt=s.UNSIGNED_BYTE;s.texElementImage2D(s.TEXTURE_2D,0,qe,_e,lt,J)}s.texParameteri(s.TEXTURE_2D,s.TEXTURE_MIN_FILTER,s.LINEAR),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_S,s.CLAMP_TO_EDGE),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_T,s.CLAMP_TO_EDGE)}}else if(he.length>0){if(oe&&le){let re=Ve(he[0]);t.texStorage2D(s.TEXTURE_2D,Ye,j,re.width,re.height)}for(let re=0,Ue=he.length;re<Ue;re++)$=he[re],oe?Ce&&t.texSubImage2D(s.TEXTURE_2D,re,0,0,ce,P,$):t.texImage2D(s.TEXTURE_2D,re,j,ce,P,$);y.generateMipmaps=!1}else if(oe){if(le){let re=Ve(J);t.texStorage2D(s.TEXTURE_2D,Ye,j,re.width,re.height)}Ce&&t.texSubImage2D(s.TEXTURE_2D,0,0,0,ce,P,J)}else t.texImage2D(s.TEXTURE_2D,0,j,ce,P,J);A(y)&&y.mipmapsAutoUpdate===!0&&M(ie),fe.__version=ae.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function an(T,y,z){if(y.image.length!==6)return;let ie=ht(T,y),te=y.source;t.bindTexture(s.TEXTURE_CUBE_MAP,T.__webglTexture,s.TEXTURE0+z);let ae=n.get(te);if(te.version!==ae.__version||ie===!0){t.activeTexture(s.TEXTURE0+z);let fe=Je.getPrimaries(Je.workingColorSpace),K=y.colorSpace===vi?null:Je.getPrimaries(y.colorSpace),J=y.colorSpace===vi||fe===K?s.NONE:s.BROWSER_DEFAULT_WEBGL;t.pixelStorei(s.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(s.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(s.UNPACK_COLORSPACE_CONVERSION_WEBGL,J);let ce=y.isCompressedTexture||y.image[0].isCompressedTexture,P=y.image[0]&&y.image[0].isDataTexture,j=[];for(let _e=0;_e<6;_e++)!ce&&!P?j[_e]=b(y.image[_e],!0,i.maxCubemapSize):j[_e]=P?y.image[_e].image:y.image[_e],j[_e]=Fe(y,j[_e]);let $=j[0],he=r.convert(y.format,y.colorSpace),oe=r.convert(y.type),le=R(y.internalFormat,he,oe,y.normalized,y.colorSpace),Ce=y.isVideoTexture!==!0,Ye=ae.__version===void 0||ie===!0,re=te.dataReady,Ue=w(y,$);at(s.TEXTURE_CUBE_MAP,y);let qe;if(y.isDepthTexture){if(le=x(y.format===yi,y.type),Ye)if(Ce)t.texStorage2D(s.TEXTURE_CUBE_MAP,1,le,$.width,$.height);else for(let _e=0;_e<6;_e++)t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,le,$.width,$.height,0,he,oe,null)}else if(ce){Ce&&Ye&&t.texStorage2D(s.TEXTURE_CUBE_MAP,Ue,le,$.width,$.height);for(let _e=0;_e<6;_e++){qe=j[_e].mipmaps;for(let lt=0;lt<qe.length;lt++){let Ut=qe[lt];y.format!==An?he!==null?Ce?re&&t.compressedTexSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt,0,0,Ut.width,Ut.height,he,Ut.data):t.compressedTexImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt,le,Ut.width,Ut.height,0,Ut.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Ce?re&&t.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt,0,0,Ut.width,Ut.height,he,oe,Ut.data):t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt,le,Ut.width,Ut.height,0,he,oe,Ut.data)}}}else{if(qe=y.mipmaps,Ce&&Ye){qe.length>0&&Ue++;let _e=Ve(j[0]);t.texStorage2D(s.TEXTURE_CUBE_MAP,Ue,le,_e.width,_e.height)}for(let _e=0;_e<6;_e++)if(P){Ce?re&&t.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,j[_e].width,j[_e].height,he,oe,j[_e].data):t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,le,j[_e].width,j[_e].height,0,he,oe,j[_e].data);for(let lt=0;lt<qe.length;lt++){let Si=qe[lt].image[_e].image;Ce?re&&t.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt+1,0,0,Si.width,Si.height,he,oe,Si.data):t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt+1,le,Si.width,Si.height,0,he,oe,Si.data)}}else{Ce?re&&t.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,he,oe,j[_e]):t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,le,he,oe,j[_e]);for(let lt=0;lt<qe.length;lt++){let Ut=qe[lt];Ce?re&&t.texSubImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt+1,0,0,he,oe,Ut.image[_e]):t.texImage2D(s.TEXTURE_CUBE_MAP_POSITIVE_X+_e,lt+1,le,he,oe,Ut.image[_e])}}}A(y)&&y.mipmapsAutoUpdate===!0&&M(s.TEXTURE_CUBE_MAP),ae.__version=te.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function _t(T,y,z,ie,te,ae){let fe=r.convert(z.format,z.colorSpace),K=r.convert(z.type),J=R(z.internalFormat,fe,K,z.normalized,z.colorSpace),ce=n.get(y),P=n.get(z);if(P.__renderTarget=y,!ce.__hasExternalTextures){let j=Math.max(1,y.width>>ae),$=Math.max(1,y.height>>ae);te===s.TEXTURE_3D||te===s.TEXTURE_2D_ARRAY?t.texImage3D(te,ae,J,j,$,y.depth,0,fe,K,null):t.texImage2D(te,ae,J,j,$,0,fe,K,null)}t.bindFramebuffer(s.FRAMEBUFFER,T),pe(y)?l.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,ie,te,P.__webglTexture,0,mt(y)):(te===s.TEXTURE_2D||te>=s.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=s.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&s.framebufferTexture2D(s.FRAMEBUFFER,ie,te,P.__webglTexture,ae),t.bindFramebuffer(s.FRAMEBUFFER,null)}function kn(T,y,z){if(s.bindRenderbuffer(s.RENDERBUFFER,T),y.depthBuffer){let ie=y.depthTexture,te=ie&&ie.isDepthTexture?ie.type:null,ae=x(y.stencilBuffer,te),fe=y.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;pe(y)?l.renderbufferStorageMultisampleEXT(s.RENDERBUFFER,mt(y),ae,y.width,y.height):z?s.renderbufferStorageMultisample(s.RENDERBUFFER,mt(y),ae,y.width,y.height):s.renderbufferStorage(s.RENDERBUFFER,ae,y.width,y.height),s.framebufferRenderbuffer(s.FRAMEBUFFER,fe,s.RENDERBUFFER,T)}else{let ie=y.textures;for(let te=0;te<ie.length;te++){let ae=ie[te],fe=r.convert(ae.format,ae.colorSpace),K=r.convert(ae.type),J=R(ae.internalFormat,fe,K,ae.normalized,ae.colorSpace);pe(y)?l.renderbufferStorageMultisampleEXT(s.RENDERBUFFER,mt(y),J,y.width,y.height):z?s.renderbufferStorageMultisample(s.RENDERBUFFER,mt(y),J,y.width,y.height):s.renderbufferStorage(s.RENDERBUFFER,J,y.width,y.height)}}s.bindRenderbuffer(s.RENDERBUFFER,null)}function Dt(T,y,z){let ie=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(s.FRAMEBUFFER,T),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=n.get(y.depthTexture);te.__renderTarget=y;let ae=ie?y.depthTexture.image[0]:y.depthTexture.image;(!te.__webglTexture||ae.width!==y.width||ae.height!==y.height)&&(ae.width=y.width,ae.height=y.height,y.depthTexture.needsUpdate=!0),ie?ye(y.depthTexture,0):se(y.depthTexture,0);let fe=te.__webglTexture,K=mt(y),J=ie?s.TEXTURE_CUBE_MAP_POSITIVE_X+z:s.TEXTURE_2D,ce=y.depthTexture.format===yi?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;if(y.depthTexture.format===hi)pe(y)?l.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,ce,J,fe,0,K):s.framebufferTexture2D(s.FRAMEBUFFER,ce,J,fe,0);else if(y.depthTexture.format===yi)pe(y)?l.framebufferTexture2DMultisampleEXT(s.FRAMEBUFFER,ce,J,fe,0,K):s.framebufferTexture2D(s.FRAMEBUFFER,ce,J,fe,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function xn(T){let y=n.get(T),z=T.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==T.depthTexture){let ie=T.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),ie){let te=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,ie.removeEventListener("dispose",te)};ie.addEventListener("dispose",te),y.__depthDisposeCallback=te}y.__boundDepthTexture=ie}if(T.depthTexture&&!y.__autoAllocateDepthBuffer)if(z)for(let ie=0;ie<6;ie++)Dt(y.__webglFramebuffer[ie],T,ie);else T.texture.mipmaps.length>0?Dt(y.__webglFramebuffer[0],T,0):Dt(y.__webglFramebuffer,T,0);else if(z){y.__webglDepthbuffer=[];for(let ie=0;ie<6;ie++)if(t.bindFramebuffer(s.FRAMEBUFFER,y.__webglFramebuffer[ie]),y.__webglDepthbuffer[ie]===void 0)y.__webglDepthbuffer[ie]=s.createRenderbuffer(),kn(y.__webglDepthbuffer[ie],T,!1);else{let te=T.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,ae=y.__webglDepthbuffer[ie];s.bindRenderbuffer(s.RENDERBUFFER,ae),s.framebufferRenderbuffer(s.FRAMEBUFFER,te,s.RENDERBUFFER,ae)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(s.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(s.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=s.createRenderbuffer(),kn(y.__webglDepthbuffer,T,!1);else{let te=T.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,ae=y.__webglDepthbuffer;s.bindRenderbuffer(s.RENDERBUFFER,ae),s.framebufferRenderbuffer(s.FRAMEBUFFER,te,s.RENDERBUFFER,ae)}t.bindFramebuffer(s.FRAMEBUFFER,null)}function yn(T,y,z){let ie=n.get(T);y!==void 0&&_t(ie.__webglFramebuffer,T,T.texture,s.COLOR_ATTACHMENT0,s.TEXTURE_2D,0),z!==void 0&&xn(T)}function vn(T){let y=T.texture,z=n.get(T),ie=n.get(y);T.addEventListener("dispose",X),k(T);let te=T.textures,ae=T.isWebGLCubeRenderTarget===!0,fe=te.length>1;if(fe||(ie.__webglTexture===void 0&&(ie.__webglTexture=s.createTexture()),ie.__version=y.version,o.memory.textures++),ae){z.__webglFramebuffer=[];for(let K=0;K<6;K++)if(y.mipmaps.length>0){z.__webglFramebuffer[K]=[];for(let J=0;J<y.mipmaps.length;J++)z.__webglFramebuffer[K][J]=s.createFramebuffer()}else z.__webglFramebuffer[K]=s.createFramebuffer()}else{if(y.mipmaps.length>0){z.__webglFramebuffer=[];for(let K=0;K<y.mipmaps.length;K++)z.__webglFramebuffer[K]=s.createFramebuffer()}else z.__webglFramebuffer=s.createFramebuffer();if(fe)for(let K=0,J=te.length;K<J;K++){let ce=n.get(te[K]);ce.__webglTexture===void 0&&(ce.__webglTexture=s.createTexture(),o.memory.textures++)}if(T.samples>0&&pe(T)===!1){z.__webglMultisampledFramebuffer=s.createFramebuffer(),z.__webglColorRenderbuffer=[],t.bindFramebuffer(s.FRAMEBUFFER,z.__webglMultisampledFramebuffer);for(let K=0;K<te.length;K++){let J=te[K];z.__webglColorRenderbuffer[K]=s.createRenderbuffer(),s.bindRenderbuffer(s.RENDERBUFFER,z.__webglColorRenderbuffer[K]);let ce=r.convert(J.format,J.colorSpace),P=r.convert(J.type),j=R(J.internalFormat,ce,P,J.normalized,J.colorSpace,T.isXRRenderTarget===!0),$=mt(T);s.renderbufferStorageMultisample(s.RENDERBUFFER,$,j,T.width,T.height),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+K,s.RENDERBUFFER,z.__webglColorRenderbuffer[K])}s.bindRenderbuffer(s.RENDERBUFFER,null),T.depthBuffer&&(z.__webglDepthRenderbuffer=s.createRenderbuffer(),kn(z.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(s.FRAMEBUFFER,null)}}if(ae){t.bindTexture(s.TEXTURE_CUBE_MAP,ie.__webglTexture),at(s.TEXTURE_CUBE_MAP,y);for(let K=0;K<6;K++)if(y.mipmaps.length>0)for(let J=0;J<y.mipmaps.length;J++)_t(z.__webglFramebuffer[K][J],T,y,s.COLOR_ATTACHMENT0,s.TEXTURE_CUBE_MAP_POSITIVE_X+K,J);else _t(z.__webglFramebuffer[K],T,y,s.COLOR_ATTACHMENT0,s.TEXTURE_CUBE_MAP_POSITIVE_X+K,0);A(y)?M(s.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&s.texParameteri(s.TEXTURE_CUBE_MAP,s.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(fe){for(let K=0,J=te.length;K<J;K++){let ce=te[K],P=n.get(ce),j=s.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(j=T.isWebGL3DRenderTarget?s.TEXTURE_3D:s.TEXTURE_2D_ARRAY),t.bindTexture(j,P.__webglTexture),at(j,ce),_t(z.__webglFramebuffer,T,ce,s.COLOR_ATTACHMENT0+K,j,0),A(ce)&&M(j)}t.unbindTexture()}else{let K=s.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(K=T.isWebGL3DRenderTarget?s.TEXTURE_3D:s.TEXTURE_2D_ARRAY),t.bindTexture(K,ie.__webglTexture),at(K,y),y.mipmaps.length>0)for(let J=0;J<y.mipmaps.length;J++)_t(z.__webglFramebuffer[J],T,y,s.COLOR_ATTACHMENT0,K,J);else _t(z.__webglFramebuffer,T,y,s.COLOR_ATTACHMENT0,K,0);A(y)?M(K):y.mipmaps.length>0&&s.texParameteri(K,s.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&xn(T)}function U(T){let y=T.textures;for(let z=0,ie=y.length;z<ie;z++){let te=y[z];if(A(te)&&te.mipmapsAutoUpdate===!0){let ae=C(T),fe=n.get(te).__webglTexture;t.bindTexture(ae,fe),M(ae),t.unbindTexture()}}}let Sn=[];function pt(T){if(T.samples>0){if(pe(T)===!1){let y=T.textures,z=T.width,ie=T.height,te=s.COLOR_BUFFER_BIT,ae=T.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT,fe=n.get(T),K=y.length>1;if(K)for(let ce=0;ce<y.length;ce++)t.bindFramebuffer(s.FRAMEBUFFER,fe.__webglMultisampledFramebuffer),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+ce,s.RENDERBUFFER,null),t.bindFramebuffer(s.FRAMEBUFFER,fe.__webglFramebuffer),s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0+ce,s.TEXTURE_2D,null,0);t.bindFramebuffer(s.READ_FRAMEBUFFER,fe.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(s.DRAW_FRAMEBUFFER,fe.__webglFramebuffer[0]):t.bindFramebuffer(s.DRAW_FRAMEBUFFER,fe.__webglFramebuffer);for(let ce=0;ce<y.length;ce++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(te|=s.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(te|=s.STENCIL_BUFFER_BIT)),K){s.framebufferRenderbuffer(s.READ_FRAMEBUFFER,s.COLOR_ATTACHMENT0,s.RENDERBUFFER,fe.__webglColorRenderbuffer[ce]);let P=n.get(y[ce]).__webglTexture;s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0,s.TEXTURE_2D,P,0)}s.blitFramebuffer(0,0,z,ie,0,0,z,ie,te,s.NEAREST),c===!0&&(Sn.length=0,Sn.push(s.COLOR_ATTACHMENT0+ce),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&Sn.push(ae),s.invalidateFramebuffer(s.READ_FRAMEBUFFER,Sn))}if(t.bindFramebuffer(s.READ_FRAMEBUFFER,null),t.bindFramebuffer(s.DRAW_FRAMEBUFFER,null),K)for(let ce=0;ce<y.length;ce++){t.bindFramebuffer(s.FRAMEBUFFER,fe.__webglMultisampledFramebuffer),s.framebufferRenderbuffer(s.FRAMEBUFFER,s.COLOR_ATTACHMENT0+ce,s.RENDERBUFFER,fe.__webglColorRenderbuffer[ce]);let P=n.get(y[ce]).__webglTexture;t.bindFramebuffer(s.FRAMEBUFFER,fe.__webglFramebuffer),s.framebufferTexture2D(s.DRAW_FRAMEBUFFER,s.COLOR_ATTACHMENT0+ce,s.TEXTURE_2D,P,0)}t.bindFramebuffer(s.DRAW_FRAMEBUFFER,fe.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&c){let y=T.stencilBuffer?s.DEPTH_STENCIL_ATTACHMENT:s.DEPTH_ATTACHMENT;s.invalidateFramebuffer(s.DRAW_FRAMEBUFFER,[y])}}}function mt(T){return Math.min(i.maxSamples,T.samples)}function pe(T){let y=n.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function At(T){let y=o.render.frame;h.get(T)!==y&&(h.set(T,y),T.update())}function Fe(T,y){let z=T.colorSpace,ie=T.format,te=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||z!==en&&z!==vi&&(Je.getTransfer(z)===ot?(ie!==An||te!==fn)&&Re("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):ke("WebGLTextures: Unsupported texture color space:",z)),y}function Ve(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(a.width=T.naturalWidth||T.width,a.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(a.width=T.displayWidth,a.height=T.displayHeight):(a.width=T.width,a.height=T.height),a}this.allocateTextureUnit=Me,this.resetTextureUnits=Z,this.getTextureUnits=ne,this.setTextureUnits=me,this.setTexture2D=se,this.setTexture2DArray=ge,this.setTexture3D=Le,this.setTextureCube=ye,this.rebindTextures=yn,this.setupRenderTarget=vn,this.updateRenderTargetMipmap=U,this.updateMultisampleRenderTarget=pt,this.setupDepthRenderbuffer=xn,this.setupFrameBufferTexture=_t,this.useMultisampledRTT=pe,this.dispose=L}function ov(s,e){function t(n,i=vi){let r,o=Je.getTransfer(i);if(n===fn)return s.UNSIGNED_BYTE;if(n===Ra)return s.UNSIGNED_SHORT_4_4_4_4;if(n===Ca)return s.UNSIGNED_SHORT_5_5_5_1;if(n===Wc)return s.UNSIGNED_INT_5_9_9_9_REV;if(n===Xc)return s.UNSIGNED_INT_10F_11F_11F_REV;if(n===Gc)return s.BYTE;if(n===Hc)return s.SHORT;if(n===ir)return s.UNSIGNED_SHORT;if(n===Aa)return s.INT;if(n===Fn)return s.UNSIGNED_INT;if(n===gn)return s.FLOAT;if(n===Bn)return s.HALF_FLOAT;if(n===qc)return s.ALPHA;if(n===Yc)return s.RGB;if(n===An)return s.RGBA;if(n===hi)return s.DEPTH_COMPONENT;if(n===yi)return s.DEPTH_STENCIL;if(n===Ia)return s.RED;if(n===Pa)return s.RED_INTEGER;if(n===Bi)return s.RG;if(n===La)return s.RG_INTEGER;if(n===Na)return s.RGBA_INTEGER;if(n===jr||n===Qr||n===eo||n===to)if(o===ot)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===jr)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===Qr)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===eo)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===to)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===jr)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===Qr)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===eo)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===to)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Da||n===Ua||n===Oa||n===Fa)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===Da)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Ua)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Oa)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Fa)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Ba||n===ka||n===za||n===Va||n===Ga||n===no||n===Ha)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Ba||n===ka)return o===ot?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===za)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===Va)return r.COMPRESSED_R11_EAC;if(n===Ga)return r.COMPRESSED_SIGNED_R11_EAC;if(n===no)return r.COMPRESSED_RG11_EAC;if(n===Ha)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Wa||n===Xa||n===qa||n===Ya||n===$a||n===Ka||n===Za||n===Ja||n===ja||n===Qa||n===el||n===tl||n===nl||n===il)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(n===Wa)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Xa)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===qa)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===Ya)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===$a)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===Ka)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===Za)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Ja)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===ja)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Qa)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===el)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===tl)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===nl)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===il)return o===ot?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===sl||n===rl||n===ol)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(n===sl)return o===ot?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===rl)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===ol)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===al||n===ll||n===io||n===cl)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(n===al)return r.COMPRESSED_RED_RGTC1_EXT;if(n===ll)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===io)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===cl)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===cs?s.UNSIGNED_INT_24_8:s[n]!==void 0?s[n]:null}return{convert:t}}var av=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,lv=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Sh=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new zr(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new Xn({vertexShader:av,fragmentShader:lv,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new sn(new Vr(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Mh=class extends Hn{constructor(e,t){super();let n=this,i=null,r=1,o=null,l="local-floor",c=1,a=null,h=null,f=null,u=null,d=null,m=null,S=typeof XRWebGLBinding<"u",p=new Sh,g={},b=t.getContextAttributes(),A=null,M=null,C=[],R=[],x=new je,w=null,k=null,D=new It;D.viewport=new ct;let E=new It;E.viewport=new ct;let X=[D,E],I=new Ma,_=null,L=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(q){let se=C[q];return se===void 0&&(se=new Gs,C[q]=se),se.getTargetRaySpace()},this.getControllerGrip=function(q){let se=C[q];return se===void 0&&(se=new Gs,C[q]=se),se.getGripSpace()},this.getHand=function(q){let se=C[q];return se===void 0&&(se=new Gs,C[q]=se),se.getHandSpace()};function G(q){let se=R.indexOf(q.inputSource);if(se===-1)return;let ge=C[se];ge!==void 0&&(ge.update(q.inputSource,q.frame,a||o),ge.dispatchEvent({type:q.type,data:q.inputSource}))}function F(){i.removeEventListener("select",G),i.removeEventListener("selectstart",G),i.removeEventListener("selectend",G),i.removeEventListener("squeeze",G),i.removeEventListener("squeezestart",G),i.removeEventListener("squeezeend",G),i.removeEventListener("end",F),i.removeEventListener("inputsourceschange",ee);for(let q=0;q<C.length;q++){let se=R[q];se!==null&&(R[q]=null,C[q].disconnect(se))}_=null,L=null,p.reset();for(let q in g)delete g[q];if(e.setRenderTarget(A),d=null,u=null,f=null,i=null,M=null,Me.stop(),n.isPresenting=!1,e.setPixelRatio(w),e.setSize(x.width,x.height,!1),k!==null){let q=k.camera;q.fov=k.fov,q.zoom=k.zoom,q.updateProjectionMatrix(),k=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(q){r=q,n.isPresenting===!0&&Re("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(q){l=q,n.isPresenting===!0&&Re("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return a||o},this.setReferenceSpace=function(q){a=q},this.getBaseLayer=function(){return u!==null?u:d},this.getBinding=function(){return f===null&&S&&(f=new XRWebGLBinding(i,t)),f},this.getFrame=function(){return m},this.getSession=function(){return i},this.setSession=async function(q){if(i=q,i!==null){if(A=e.getRenderTarget(),i.addEventListener("select",G),i.addEventListener("selectstart",G),i.addEventListener("selectend",G),i.addEventListener("squeeze",G),i.addEventListener("squeezestart",G),i.addEventListener("squeezeend",G),i.addEventListener("end",F),i.addEventListener("inputsourceschange",ee),b.xrCompatible!==!0&&await t.makeXRCompatible(),w=e.getPixelRatio(),e.getSize(x),S&&"createProjectionLayer"in XRWebGLBinding.prototype){let ge=null,Le=null,ye=null;b.depth&&(ye=b.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,ge=b.stencil?yi:hi,Le=b.stencil?cs:Fn);let We={colorFormat:t.RGBA8,depthFormat:ye,scaleFactor:r};f=this.getBinding(),u=f.createProjectionLayer(We),i.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),M=new mn(u.textureWidth,u.textureHeight,{format:An,type:fn,depthTexture:new di(u.textureWidth,u.textureHeight,Le,void 0,void 0,void 0,void 0,void 0,void 0,ge),stencilBuffer:b.stencil,colorSpace:e.outputColorSpace,samples:b.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let ge={antialias:b.antialias,alpha:!0,depth:b.depth,stencil:b.stencil,framebufferScaleFactor:r};d=new XRWebGLLayer(i,t,ge),i.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),M=new mn(d.framebufferWidth,d.framebufferHeight,{format:An,type:fn,colorSpace:e.outputColorSpace,stencilBuffer:b.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}M.isXRRenderTarget=!0,this.setFoveation(c),a=null,o=await i.requestReferenceSpace(l),Me.setContext(i),Me.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(i!==null)return i.environmentBlendMode},this.getDepthTexture=function(){return p.getDepthTexture()};function ee(q){for(let se=0;se<q.removed.length;se++){let ge=q.removed[se],Le=R.indexOf(ge);Le>=0&&(R[Le]=null,C[Le].disconnect(ge))}for(let se=0;se<q.added.length;se++){let ge=q.added[se],Le=R.indexOf(ge);if(Le===-1){for(let We=0;We<C.length;We++)if(We>=R.length){R.push(ge),Le=We;break}else if(R[We]===null){R[We]=ge,Le=We;break}if(Le===-1)break}let ye=C[Le];ye&&ye.connect(ge)}}function H(q,se){se===null?q.matrixWorld.copy(q.matrix):q.matrixWorld.multiplyMatrices(se.matrixWorld,q.matrix),q.matrixWorldInverse.copy(q.matrixWorld).invert()}this.updateCamera=function(q){if(i===null)return;let se=q.near,ge=q.far;p.texture!==null&&(p.depthNear>0&&(se=p.depthNear),p.depthFar>0&&(ge=p.depthFar)),I.near=E.near=D.near=se,I.far=E.far=D.far=ge,(_!==I.near||L!==I.far)&&(i.updateRenderState({depthNear:I.near,depthFar:I.far}),_=I.near,L=I.far),I.layers.mask=q.layers.mask|6,D.layers.mask=I.layers.mask&-5,E.layers.mask=I.layers.mask&-3;let Le=q.parent,ye=I.cameras;H(I,Le);for(let We=0;We<ye.length;We++)H(ye[We],Le);I.projectionMatrix.copy(D.projectionMatrix),I.projectionMatrixInverse.copy(D.projectionMatrixInverse),k===null&&q.isPerspectiveCamera&&(k={camera:q,fov:q.fov,zoom:q.zoom}),Z(q,I,Le)};function Z(q,se,ge){ge===null?q.matrix.copy(se.matrixWorld):(q.matrix.copy(ge.matrixWorld),q.matrix.invert(),q.matrix.multiply(se.matrixWorld)),q.matrix.decompose(q.position,q.quaternion,q.scale),q.updateMatrixWorld(!0),q.projectionMatrix.copy(se.projectionMatrix),q.projectionMatrixInverse.copy(se.projectionMatrixInverse),q.isPerspectiveCamera&&(q.fov=Qi*2*Math.atan(1/q.projectionMatrix.elements[5]),q.zoom=1)}this.getCamera=function(){return I},this.getFoveation=function(){if(!(u===null&&d===null))return c},this.setFoveation=function(q){c=q,u!==null&&(u.fixedFoveation=q),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=q)},this.hasDepthSensing=function(){return p.texture!==null},this.getDepthSensingMesh=function(){return p.getMesh(I)},this.getCameraTexture=function(q){return g[q]};let ne=null;function me(q,se){if(h=se.getViewerPose(a||o),m=se,h!==null){let ge=h.views;d!==null&&(e.setRenderTargetFramebuffer(M,d.framebuffer),e.setRenderTarget(M));let Le=!1;ge.length!==I.cameras.length&&(I.cameras.length=0,Le=!0);for(let Be=0;Be<ge.length;Be++){let at=ge[Be],ht=null;if(d!==null)ht=d.getViewport(at);else{let zt=f.getViewSubImage(u,at);ht=zt.viewport,Be===0&&(e.setRenderTargetTextures(M,zt.colorTexture,zt.depthStencilTexture),e.setRenderTarget(M))}let tt=X[Be];tt===void 0&&(tt=new It,tt.layers.enable(Be),tt.viewport=new ct,X[Be]=tt),tt.matrix.fromArray(at.transform.matrix),tt.matrix.decompose(tt.position,tt.quaternion,tt.scale),tt.projectionMatrix.fromArray(at.projectionMatrix),tt.projectionMatrixInverse.copy(tt.projectionMatrix).invert(),tt.viewport.set(ht.x,ht.y,ht.width,ht.height),Be===0&&(I.matrix.copy(tt.matrix),I.matrix.decompose(I.position,I.quaternion,I.scale)),Le===!0&&I.cameras.push(tt)}let ye=i.enabledFeatures;if(ye&&ye.includes("depth-sensing")&&i.depthUsage=="gpu-optimized"&&S){f=n.getBinding();let Be=f.getDepthInformation(ge[0]);Be&&Be.isValid&&Be.texture&&p.init(Be,i.renderState)}if(ye&&ye.includes("camera-access")&&S){e.state.unbindTexture(),f=n.getBinding();for(let Be=0;Be<ge.length;Be++){let at=ge[Be].camera;if(at){let ht=g[at];ht||(ht=new zr,g[at]=ht);let tt=f.getCameraImage(at);ht.sourceTexture=tt}}}}for(let ge=0;ge<C.length;ge++){let Le=R[ge],ye=C[ge];Le!==null&&ye!==void 0&&ye.update(Le,se,a||o)}ne&&ne(q,se),se.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:se}),m=null}let Me=new wp;Me.setAnimationLoop(me),this.setAnimationLoop=function(q){ne=q},this.dispose=function(){}}},cv=new Xe,Dp=new ze;Dp.set(-1,0,0,0,1,0,0,0,1);function hv(s,e){function t(p,g){p.matrixAutoUpdate===!0&&p.updateMatrix(),g.value.copy(p.matrix)}function n(p,g){g.color.getRGB(p.fogColor.value,sh(s)),g.isFog?(p.fogNear.value=g.near,p.fogFar.value=g.far):g.isFogExp2&&(p.fogDensity.value=g.density)}function i(p,g,b,A,M){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?r(p,g):g.isMeshLambertMaterial?(r(p,g),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(r(p,g),f(p,g)):g.isMeshPhongMaterial?(r(p,g),h(p,g),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(r(p,g),u(p,g),g.isMeshPhysicalMaterial&&d(p,g,M)):g.isMeshMatcapMaterial?(r(p,g),m(p,g)):g.isMeshDepthMaterial?r(p,g):g.isMeshDistanceMaterial?(r(p,g),S(p,g)):g.isMeshNormalMaterial?r(p,g):g.isLineBasicMaterial?(o(p,g),g.isLineDashedMaterial&&l(p,g)):g.isPointsMaterial?c(p,g,b,A):g.isSpriteMaterial?a(p,g):g.isShadowMaterial?(p.color.value.copy(g.color),p.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function r(p,g){p.opacity.value=g.opacity,g.color&&p.diffuse.value.copy(g.color),g.emissive&&p.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(p.map.value=g.map,t(g.map,p.mapTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.bumpMap&&(p.bumpMap.value=g.bumpMap,t(g.bumpMap,p.bumpMapTransform),p.bumpScale.value=g.bumpScale,g.side===on&&(p.bumpScale.value*=-1)),g.normalMap&&(p.normalMap.value=g.normalMap,t(g.normalMap,p.normalMapTransform),p.normalScale.value.copy(g.normalScale),g.side===on&&p.normalScale.value.negate()),g.displacementMap&&(p.displacementMap.value=g.displacementMap,t(g.displacementMap,p.displacementMapTransform),p.displacementScale.value=g.displacementScale,p.displacementBias.value=g.displacementBias),g.emissiveMap&&(p.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,p.emissiveMapTransform)),g.specularMap&&(p.specularMap.value=g.specularMap,t(g.specularMap,p.specularMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest);let b=e.get(g),A=b.envMap,M=b.envMapRotation;A&&(p.envMap.value=A,p.envMapRotation.value.setFromMatrix4(cv.makeRotationFromEuler(M)).transpose(),A.isCubeTexture&&A.isRenderTargetTexture===!1&&p.envMapRotation.value.premultiply(Dp),p.reflectivity.value=g.reflectivity,p.ior.value=g.ior,p.refractionRatio.value=g.refractionRatio),g.lightMap&&(p.lightMap.value=g.lightMap,p.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,p.lightMapTransform)),g.aoMap&&(p.aoMap.value=g.aoMap,p.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,p.aoMapTransform))}function o(p,g){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,g.map&&(p.map.value=g.map,t(g.map,p.mapTransform))}function l(p,g){p.dashSize.value=g.dashSize,p.totalSize.value=g.dashSize+g.gapSize,p.scale.value=g.scale}function c(p,g,b,A){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,p.size.value=g.size*b,p.scale.value=A*.5,g.map&&(p.map.value=g.map,t(g.map,p.uvTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest)}function a(p,g){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,p.rotation.value=g.rotation,g.map&&(p.map.value=g.map,t(g.map,p.mapTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest)}function h(p,g){p.specular.value.copy(g.specular),p.shininess.value=Math.max(g.shininess,1e-4)}function f(p,g){g.gradientMap&&(p.gradientMap.value=g.gradientMap)}function u(p,g){p.metalness.value=g.metalness,g.metalnessMap&&(p.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,p.metalnessMapTransform)),p.roughness.value=g.roughness,g.roughnessMap&&(p.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,p.roughnessMapTransform)),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)}function d(p,g,b){p.ior.value=g.ior,g.diffuseRoughness>0&&(p.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(p.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,p.diffuseRoughnessMapTransform))),g.sheen>0&&(p.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),p.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(p.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,p.sheenColorMapTransform)),g.sheenRoughnessMap&&(p.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,p.sheenRoughnessMapTransform))),g.clearcoat>0&&(p.clearcoat.value=g.clearcoat,p.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(p.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,p.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(p.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,p.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(p.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,p.clearcoatNormalMapTransform),p.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===on&&p.clearcoatNormalScale.value.negate())),g.dispersion>0&&(p.dispersion.value=g.dispersion),g.retroreflectivity>0&&(p.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(p.iridescence.value=g.iridescence,p.iridescenceIOR.value=g.iridescenceIOR,p.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,p.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(p.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,p.iridescenceMapTransform)),g.iridescenceThicknessMap&&(p.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,p.iridescenceThicknessMapTransform))),g.transmission>0&&(p.transmission.value=g.transmission,p.transmissionSamplerMap.value=b.texture,p.transmissionSamplerSize.value.set(b.width,b.height),g.transmissionMap&&(p.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,p.transmissionMapTransform)),p.thickness.value=g.thickness,g.thicknessMap&&(p.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,p.thicknessMapTransform)),p.attenuationDistance.value=g.attenuationDistance,p.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(p.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(p.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,p.anisotropyMapTransform))),p.specularIntensity.value=g.specularIntensity,p.specularColor.value.copy(g.specularColor),g.specularColorMap&&(p.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,p.specularColorMapTransform)),g.specularIntensityMap&&(p.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,p.specularIntensityMapTransform))}function m(p,g){g.matcap&&(p.matcap.value=g.matcap)}function S(p,g){let b=e.get(g).light;p.referencePosition.value.setFromMatrixPosition(b.matrixWorld),p.nearDistance.value=b.shadow.camera.near,p.farDistance.value=b.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:i}}function uv(s,e,t,n){let i={},r={};function o(b,A){let M=A.program;n.uniformBlockBinding(b,M,i[b.id])}function l(b,A){let M=i[b.id];M===void 0&&(m(b),M=c(b),i[b.id]=M,b.addEventListener("dispose",p));let C=A.program;n.updateUBOMapping(b,C);let R=e.render.frame;r[b.id]!==R&&(a(b),r[b.id]=R)}function c(b){let A=s.createBuffer(),M=b.__size,C=b.usage;return s.bindBuffer(s.UNIFORM_BUFFER,A),s.bufferData(s.UNIFORM_BUFFER,M,C),s.bindBuffer(s.UNIFORM_BUFFER,null),A}function a(b){let A=i[b.id],M=b.uniforms,C=b.__cache;s.bindBuffer(s.UNIFORM_BUFFER,A);for(let R=0,x=M.length;R<x;R++){let w=M[R];if(Array.isArray(w))for(let k=0,D=w.length;k<D;k++)h(w[k],R,k,C);else h(w,R,0,C)}s.bindBuffer(s.UNIFORM_BUFFER,null)}function h(b,A,M,C){if(u(b,A,M,C)===!0){let R=b.__offset,x=b.value;if(Array.isArray(x)){let w=0;for(let k=0;k<x.length;k++){let D=x[k],E=S(D,!0);f(D,b.__data,w),w+=E.storage/Float32Array.BYTES_PER_ELEMENT}}else f(x,b.__data,0);s.bufferSubData(s.UNIFORM_BUFFER,R,b.__data)}}function f(b,A,M){typeof b=="number"||typeof b=="boolean"?A[M]=b:b.isMatrix3?(A[M]=b.elements[0],A[M+1]=b.elements[1],A[M+2]=b.elements[2],A[M+3]=0,A[M+4]=b.elements[3],A[M+5]=b.elements[4],A[M+6]=b.elements[5],A[M+7]=0,A[M+8]=b.elements[6],A[M+9]=b.elements[7],A[M+10]=b.elements[8],A[M+11]=0):ArrayBuffer.isView(b)?A.set(b.subarray(0,A.length-M),M):b.toArray(A,M)}function u(b,A,M,C){let R=b.value,x=A+"_"+M;if(Array.isArray(R)){C[x]===void 0&&(C[x]=[]);let w=C[x],k=!1;for(let D=0;D<R.length;D++)d(R[D],w,D)===!0&&(k=!0);return k}return d(R,C,x)}function d(b,A,M){if(A[M]===void 0)return typeof b=="number"||typeof b=="boolean"?A[M]=b:ArrayBuffer.isView(b)?A[M]=b.slice():A[M]=b.clone(),!0;{let C=A[M];if(typeof b=="number"||typeof b=="boolean"){if(C!==b)return A[M]=b,!0}else{if(ArrayBuffer.isView(b))return!0;if(C.equals(b)===!1)return C.copy(b),!0}}return!1}function m(b){let A=b.uniforms,M=0,C=16;for(let x=0,w=A.length;x<w;x++){let k=Array.isArray(A[x])?A[x]:[A[x]];for(let D=0,E=k.length;D<E;D++){let X=k[D],I=Array.isArray(X.value)?X.value:[X.value],_=Array.isArray(A[x])||Array.isArray(X.value),L=M;for(let F=0,ee=I.length;F<ee;F++){let H=I[F],Z=S(H,_),ne=M%C,me=ne%Z.boundary,Me=ne+me;M+=me,Me!==0&&C-Me<Z.storage&&(M+=C-Me),F===0&&(L=M),M+=Z.storage}let G=X.type==="int"?Int32Array:X.type==="uint"?Uint32Array:Float32Array;X.__data=new G((M-L)/Float32Array.BYTES_PER_ELEMENT),X.__offset=L}}let R=M%C;return R>0&&(M+=C-R),b.__size=M,b.__cache={},this}function S(b,A){let M={boundary:0,storage:0};return typeof b=="number"||typeof b=="boolean"?(M.boundary=4,M.storage=4):b.isVector2?(M.boundary=8,M.storage=8):b.isVector3||b.isColor?(M.boundary=16,M.storage=12):b.isVector4?(M.boundary=16,M.storage=16):b.isMatrix3?(M.boundary=16,M.storage=48):b.isMatrix4?(M.boundary=16,M.storage=64):b.isTexture?Re("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(b)?(M.boundary=16,M.storage=b.byteLength):Re("WebGLRenderer: Unsupported uniform value type.",b),A===!0&&(M.boundary=16,M.storage=Math.ceil(M.storage/16)*16),M}function p(b){let A=b.target;A.removeEventListener("dispose",p),s.deleteBuffer(i[A.id]),delete i[A.id],delete r[A.id]}function g(){for(let b in i)s.deleteBuffer(i[b]);i={},r={}}return{bind:o,update:l,dispose:g}}var fv=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Jn=null;function dv(){return Jn===null&&(Jn=new qs(fv,16,16,Bi,Bn),Jn.name="DFG_LUT",Jn.minFilter=Pt,Jn.magFilter=Pt,Jn.wrapS=bn,Jn.wrapT=bn,Jn.generateMipmaps=!1,Jn.needsUpdate=!0),Jn}var gl=class{constructor(e={}){let{canvas:t=Kd(),context:n=null,depth:i=!0,stencil:r=!1,alpha:o=!1,antialias:l=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:a=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:u=!1,outputBufferType:d=fn}=e;this.isWebGLRenderer=!0;let m;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");m=n.getContextAttributes().alpha}else m=o;let S=d,p=new Set([Na,La,Pa]),g=new Set([fn,Fn,ir,cs,Ra,Ca]),b=new Uint32Array(4),A=new Int32Array(4),M={textures:[],min:[],max:[],resolution:[]},C=null,R=null,x=[],w=[],k=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Kn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let D=this,E=!1,X=null,I=null,_=null,L=null;this._outputColorSpace=vt;let G=0,F=0,ee=null,H=-1,Z=null,ne=new ct,me=new ct,Me=null,q=new Oe(0),se=0,ge=t.width,Le=t.height,ye=1,We=null,bt=null,Be=new ct(0,0,ge,Le),at=new ct(0,0,ge,Le),ht=!1,tt=new Ui,zt=new ca,Et=!1,an=!1,_t=new Xe,kn=new O,Dt=new ct,xn={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},yn=!1;function vn(){return ee===null?ye:1}let U=n;function Sn(v,N){return t.getContext(v,N)}let pt,mt,pe,At,Fe,Ve,T,y,z,ie,te,ae,fe,K,J,ce,P,j,$,he,oe,le,Ce;try{let v={alpha:!0,depth:i,stencil:r,antialias:l,premultipliedAlpha:c,preserveDrawingBuffer:a,powerPreference:h,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ue,!1),t.addEventListener("webglcontextrestored",qe,!1),t.addEventListener("webglcontextcreationerror",_e,!1),U===null){let N="webgl2";if(U=Sn(N,v),U===null)throw Sn(N)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Ye()}catch(v){throw t.removeEventListener("webglcontextlost",Ue,!1),t.removeEventListener("webglcontextrestored",qe,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),ke("WebGLRenderer: "+v.message),v}function Ye(){pt=new wx(U),pt.init(),oe=new ov(U,pt),mt=new dx(U,pt,e,oe),pe=new sv(U,pt),mt.reversedDepthBuffer&&u&&pe.buffers.depth.setReversed(!0),I=U.createFramebuffer(),_=U.createFramebuffer(),L=U.createFramebuffer(),At=new Ax(U),Fe=new Wy,Ve=new rv(U,pt,pe,Fe,mt,oe,At),T=new bx(D),y=new Cg(U),le=new ux(U,y),z=new Tx(U,y,At,le),ie=new Cx(U,z,y,le,At),j=new Rx(U,mt,Ve),J=new px(Fe),te=new Hy(D,T,pt,mt,le,J),ae=new hv(D,Fe),fe=new qy,K=new jy(pt),P=new hx(D,T,pe,ie,m,c),ce=new iv(D,ie,mt),Ce=new uv(U,At,mt,pe),$=new fx(U,pt,At),he=new Ex(U,pt,At),At.programs=te.programs,D.capabilities=mt,D.extensions=pt,D.properties=Fe,D.renderLists=fe,D.shadowMap=ce,D.state=pe,D.info=At}S!==fn&&(k=new Px(S,t.width,t.height,l,i,r));let re=new Mh(D,U);this.xr=re,this.getContext=function(){return U},this.getContextAttributes=function(){return U.getContextAttributes()},this.forceContextLoss=function(){let v=pt.get("WEBGL_lose_context");v&&v.loseContext()},this.forceContextRestore=function(){let v=pt.get("WEBGL_lose_context");v&&v.restoreContext()},this.getPixelRatio=function(){return ye},this.setPixelRatio=function(v){v!==void 0&&(ye=v,this.setSize(ge,Le,!1))},this.getSize=function(v){return v.set(ge,Le)},this.setSize=function(v,N,W=!0){if(re.isPresenting){Re("WebGLRenderer: Can't change size while VR device is presenting.");return}ge=v,Le=N,t.width=Math.floor(v*ye),t.height=Math.floor(N*ye),W===!0&&(t.style.width=v+"px",t.style.height=N+"px"),k!==null&&k.setSize(t.width,t.height),this.setViewport(0,0,v,N)},this.getDrawingBufferSize=function(v){return v.set(ge*ye,Le*ye).floor()},this.setDrawingBufferSize=function(v,N,W){ge=v,Le=N,ye=W,t.width=Math.floor(v*W),t.height=Math.floor(N*W),this.setViewport(0,0,v,N)},this.setEffects=function(v){if(S===fn){ke("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(v){for(let N=0;N<v.length;N++)if(v[N].isOutputPass===!0){Re("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}k.setEffects(v||[])},this.getCurrentViewport=function(v){return v.copy(ne)},this.getViewport=function(v){return v.copy(Be)},this.setViewport=function(v,N,W,B){v.isVector4?Be.set(v.x,v.y,v.z,v.w):Be.set(v,N,W,B),pe.viewport(ne.copy(Be).multiplyScalar(vn()).round())},this.getScissor=function(v){return v.copy(at)},this.setScissor=function(v,N,W,B){v.isVector4?at.set(v.x,v.y,v.z,v.w):at.set(v,N,W,B),pe.scissor(me.copy(at).multiplyScalar(vn()).round())},this.getScissorTest=function(){return ht},this.setScissorTest=function(v){pe.setScissorTest(ht=v)},this.setOpaqueSort=function(v){We=v},this.setTransparentSort=function(v){bt=v},this.getClearColor=function(v){return v.copy(P.getClearColor())},this.setClearColor=function(){P.setClearColor(...arguments)},this.getClearAlpha=function(){return P.getClearAlpha()},this.setClearAlpha=function(){P.setClearAlpha(...arguments)},this.clear=function(v=!0,N=!0,W=!0){let B=0;if(v){let V=!1;if(ee!==null){let de=ee.texture.format;V=p.has(de)}if(V){let de=ee.texture.type,be=g.has(de),ue=P.getClearColor(),ve=P.getClearAlpha(),Ae=ue.r,Ge=ue.g,nt=ue.b;be?(b[0]=Ae,b[1]=Ge,b[2]=nt,b[3]=ve,U.clearBufferuiv(U.COLOR,0,b)):(A[0]=Ae,A[1]=Ge,A[2]=nt,A[3]=ve,U.clearBufferiv(U.COLOR,0,A))}else B|=U.COLOR_BUFFER_BIT}N&&(B|=U.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),W&&(B|=U.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),B!==0&&U.clear(B)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(v){v.setRenderer(this),X=v},this.dispose=function(){t.removeEventListener("webglcontextlost",Ue,!1),t.removeEventListener("webglcontextrestored",qe,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),P.dispose(),fe.dispose(),K.dispose(),Ve.dispose(),Fe.dispose(),T.dispose(),ie.dispose(),z.dispose(),le.dispose(),Ce.dispose(),te.dispose(),re.dispose(),re.removeEventListener("sessionstart",nu),re.removeEventListener("sessionend",iu),zi.stop()};function Ue(v){v.preventDefault(),Er("WebGLRenderer: Context Lost."),E=!0}function qe(){Er("WebGLRenderer: Context Restored."),E=!1;let v=At.autoReset,N=ce.enabled,W=ce.autoUpdate,B=ce.needsUpdate,V=ce.type;Ye(),At.autoReset=v,ce.enabled=N,ce.autoUpdate=W,ce.needsUpdate=B,ce.type=V}function _e(v){ke("WebGLRenderer: A WebGL context could not be created. Reason: ",v.statusMessage)}function lt(v){let N=v.target;N.removeEventListener("dispose",lt),Ut(N)}function Ut(v){Si(v),Fe.remove(v)}function Si(v){let N=Fe.get(v).programs;N!==void 0&&(N.forEach(function(W){te.releaseProgram(W)}),v.isShaderMaterial&&te.releaseShaderCache(v))}this.renderBufferDirect=function(v,N,W,B,V,de){N===null&&(N=xn);let be=V.isMesh&&V.matrixWorld.determinantAffine()<0,ue=qp(v,N,W,B,V);pe.setMaterial(B,be);let ve=W.index,Ae=1;if(B.wireframe===!0){if(ve=z.getWireframeAttribute(W),ve===void 0)return;Ae=2}let Ge=W.drawRange,nt=W.attributes.position,we=Ge.start*Ae,it=(Ge.start+Ge.count)*Ae;de!==null&&(we=Math.max(we,de.start*Ae),it=Math.min(it,(de.start+de.count)*Ae)),ve!==null?(we=Math.max(we,0),it=Math.min(it,ve.count)):nt!=null&&(we=Math.max(we,0),it=Math.min(it,nt.count));let wt=it-we;if(wt<0||wt===1/0)return;le.setup(V,B,ue,W,ve);let dt,ut=$;if(ve!==null&&(dt=y.get(ve),ut=he,ut.setIndex(dt)),V.isMesh)B.wireframe===!0?(pe.setLineWidth(B.wireframeLinewidth*vn()),ut.setMode(U.LINES)):ut.setMode(U.TRIANGLES);else if(V.isLine){let Xt=B.linewidth;Xt===void 0&&(Xt=1),pe.setLineWidth(Xt*vn()),V.isLineSegments?ut.setMode(U.LINES):V.isLineLoop?ut.setMode(U.LINE_LOOP):ut.setMode(U.LINE_STRIP)}else V.isPoints?ut.setMode(U.POINTS):V.isSprite&&ut.setMode(U.TRIANGLES);if(V.isBatchedMesh)if(pt.get("WEBGL_multi_draw"))ut.renderMultiDraw(V._multiDrawStarts,V._multiDrawCounts,V._multiDrawCount);else{let Xt=V._multiDrawStarts,Te=V._multiDrawCounts,Jt=V._multiDrawCount,rt=ve?y.get(ve).bytesPerElement:1,Vi=Fe.get(B).currentProgram.getUniforms();for(let qt=0;qt<Jt;qt++)Vi.setValue(U,"_gl_DrawID",qt),ut.render(Xt[qt]/rt,Te[qt])}else if(V.isInstancedMesh)ut.renderInstances(we,wt,V.count);else if(W.isInstancedBufferGeometry){let Xt=W._maxInstanceCount!==void 0?W._maxInstanceCount:1/0,Te=Math.min(W.instanceCount,Xt);ut.renderInstances(we,wt,Te)}else ut.render(we,wt)};function tu(v,N,W,B){X!==null&&v.isNodeMaterial&&X.setObject(B,v),Et===!0&&J.setState(v,W,!1),v.transparent===!0&&v.side===Tn&&v.forceSinglePass===!1?(v.side=on,v.needsUpdate=!0,cr(v,N,B),v.side=$n,v.needsUpdate=!0,cr(v,N,B),v.side=Tn):cr(v,N,B)}this.compile=function(v,N,W=null){W===null&&(W=v),X!==null&&X.renderStart(v,N,W),R=K.get(W),R.init(N),w.push(R),W.traverseVisible(function(V){V.isLight&&V.layers.test(N.layers)&&(R.pushLight(V),V.castShadow&&R.pushShadow(V))}),v!==W&&v.traverseVisible(function(V){V.isLight&&V.layers.test(N.layers)&&(R.pushLight(V),V.castShadow&&R.pushShadow(V))}),R.setupLights(),X!==null&&X.updateLights(R.state.lightsArray),an=this.localClippingEnabled,Et=J.init(this.clippingPlanes,an),Et===!0&&J.setGlobalState(this.clippingPlanes,N),X!==null&&ce.render(R.state.shadowsArray,W,N);let B=new Set;return v.traverse(function(V){if(!(V.isMesh||V.isPoints||V.isLine||V.isSprite))return;let de=V.material;if(de)if(Array.isArray(de))for(let be=0;be<de.length;be++){let ue=de[be];tu(ue,W,N,V),B.add(ue)}else tu(de,W,N,V),B.add(de)}),R=w.pop(),X!==null&&X.renderEnd(),B},this.compileAsync=function(v,N,W=null){let B=this.compile(v,N,W);return new Promise(V=>{function de(){if(B.forEach(function(be){let ve=Fe.get(be).currentProgram;(ve===void 0||ve.isReady())&&B.delete(be)}),B.size===0){V(v);return}setTimeout(de,10)}pt.get("KHR_parallel_shader_compile")!==null?de():setTimeout(de,10)})};let wl=null;function Wp(v){wl&&wl(v)}function nu(){zi.stop()}function iu(){zi.start()}let zi=new wp;zi.setAnimationLoop(Wp),typeof self<"u"&&zi.setContext(self),this.setAnimationLoop=function(v){wl=v,re.setAnimationLoop(v),v===null?zi.stop():zi.start()},re.addEventListener("sessionstart",nu),re.addEventListener("sessionend",iu),this.render=function(v,N){if(N!==void 0&&N.isCamera!==!0){ke("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(E===!0)return;X!==null&&X.renderStart(v,N);let W=re.enabled===!0&&re.isPresenting===!0,B=k!==null&&(ee===null||W)&&k.begin(D,ee);if(v.matrixWorldAutoUpdate===!0&&v.updateMatrixWorld(),N.parent===null&&N.matrixWorldAutoUpdate===!0&&N.updateMatrixWorld(),re.enabled===!0&&re.isPresenting===!0&&(k===null||k.isCompositing()===!1)&&(re.cameraAutoUpdate===!0&&re.updateCamera(N),N=re.getCamera()),v.isScene===!0&&v.onBeforeRender(D,v,N,ee),R=K.get(v,w.length),R.init(N),R.state.textureUnits=Ve.getTextureUnits(),w.push(R),_t.multiplyMatrices(N.projectionMatrix,N.matrixWorldInverse),N.isArrayCamera?zt.setFromArrayCamera(N):tt.setFromProjectionMatrix(_t,wn,N.reversedDepth),an=this.localClippingEnabled,Et=J.init(this.clippingPlanes,an),C=fe.get(v,x.length),C.init(),x.push(C),this.info.render.frame++,re.enabled===!0&&re.isPresenting===!0){let be=D.xr.getDepthSensingMesh();be!==null&&Tl(be,N,-1/0,D.sortObjects)}Tl(v,N,0,D.sortObjects),C.finish(),X!==null&&X.updateLights(R.state.lightsArray),D.sortObjects===!0&&C.sort(We,bt),yn=re.enabled===!1||re.isPresenting===!1||re.hasDepthSensing()===!1,yn&&P.addToRenderList(C,v),this.info.autoReset===!0&&this.info.reset(),Et===!0&&J.beginShadows();let V=R.state.shadowsArray;if(ce.render(V,v,N),Et===!0&&J.endShadows(),(B&&k.hasRenderPass())===!1){let be=C.opaque,ue=C.transmissive;if(R.setupLights(),N.isArrayCamera){let ve=N.cameras;if(ue.length>0)for(let Ae=0,Ge=ve.length;Ae<Ge;Ae++){let nt=ve[Ae];ru(be,ue,v,nt)}yn&&P.render(v);for(let Ae=0,Ge=ve.length;Ae<Ge;Ae++){let nt=ve[Ae];su(C,v,nt,nt.viewport)}}else ue.length>0&&ru(be,ue,v,N),yn&&P.render(v),su(C,v,N)}ee!==null&&F===0&&(Ve.updateMultisampleRenderTarget(ee),Ve.updateRenderTargetMipmap(ee)),B&&k.end(D),v.isScene===!0&&v.onAfterRender(D,v,N),le.resetDefaultState(),H=-1,Z=null,w.pop(),w.length>0?(R=w[w.length-1],Ve.setTextureUnits(R.state.textureUnits),Et===!0&&J.setGlobalState(D.clippingPlanes,R.state.camera)):R=null,x.pop(),x.length>0?C=x[x.length-1]:C=null,X!==null&&X.renderEnd()};function Tl(v,N,W,B){if(v.visible===!1)return;if(v.layers.test(N.layers)){if(v.isGroup)W=v.renderOrder;else if(v.isLOD)v.autoUpdate===!0&&v.update(N);else if(v.isLight)R.pushLight(v),v.castShadow&&R.pushShadow(v);else if(v.isSprite){let be=N.isArrayCamera?zt:tt;if(!v.frustumCulled||v.intersectsFrustum(be)){B&&Dt.setFromMatrixPosition(v.matrixWorld).applyMatrix4(_t);let ue=ie.update(v),ve=v.material;ve.visible&&C.push(v,ue,ve,W,Dt.z,null,N)}}else if(v.isMesh||v.isLine||v.isPoints){let be=N.isArrayCamera?zt:tt;if(!v.frustumCulled||v.intersectsFrustum(be)){let ue=ie.update(v),ve=v.material;if(B&&(v.boundingSphere!==void 0?(v.boundingSphere===null&&v.computeBoundingSphere(),Dt.copy(v.boundingSphere.center)):(ue.boundingSphere===null&&ue.computeBoundingSphere(),Dt.copy(ue.boundingSphere.center)),Dt.applyMatrix4(v.matrixWorld).applyMatrix4(_t)),Array.isArray(ve)){let Ae=ue.groups;for(let Ge=0,nt=Ae.length;Ge<nt;Ge++){let we=Ae[Ge],it=ve[we.materialIndex];it&&it.visible&&C.push(v,ue,it,W,Dt.z,we,N)}}else ve.visible&&C.push(v,ue,ve,W,Dt.z,null,N)}}}let de=v.children;for(let be=0,ue=de.length;be<ue;be++)Tl(de[be],N,W,B)}function su(v,N,W,B){let{opaque:V,transmissive:de,transparent:be}=v;R.setupLightsView(W),Et===!0&&J.setGlobalState(D.clippingPlanes,W),B&&pe.viewport(ne.copy(B)),V.length>0&&uo(V,N,W),de.length>0&&uo(de,N,W),be.length>0&&uo(be,N,W),pe.buffers.depth.setTest(!0),pe.buffers.depth.setMask(!0),pe.buffers.color.setMask(!0),pe.setPolygonOffset(!1)}function ru(v,N,W,B){if((W.isScene===!0?W.overrideMaterial:null)!==null)return;if(R.state.transmissionRenderTarget[B.id]===void 0){let we=pt.has("EXT_color_buffer_half_float")||pt.has("EXT_color_buffer_float");R.state.transmissionRenderTarget[B.id]=new mn(1,1,{generateMipmaps:!0,type:we?Bn:fn,minFilter:En,samples:Math.max(4,mt.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Je.workingColorSpace})}let de=R.state.transmissionRenderTarget[B.id],be=B.viewport||ne;de.setSize(be.z*D.transmissionResolutionScale,be.w*D.transmissionResolutionScale);let ue=D.getRenderTarget(),ve=D.getActiveCubeFace(),Ae=D.getActiveMipmapLevel();D.setRenderTarget(de),D.getClearColor(q),se=D.getClearAlpha(),se<1&&D.setClearColor(16777215,.5),D.clear(),yn&&P.render(W);let Ge=D.toneMapping;D.toneMapping=Kn;let nt=B.viewport;if(B.viewport!==void 0&&(B.viewport=void 0),R.setupLightsView(B),Et===!0&&J.setGlobalState(D.clippingPlanes,B),uo(v,W,B),Ve.updateMultisampleRenderTarget(de),Ve.updateRenderTargetMipmap(de),pt.has("WEBGL_multisampled_render_to_texture")===!1){let we=!1;for(let it=0,wt=N.length;it<wt;it++){let dt=N[it],{object:ut,geometry:Xt,material:Te,group:Jt}=dt;if(Te.side===Tn&&ut.layers.test(B.layers)){let rt=Te.side;Te.side=on,Te.needsUpdate=!0,ou(ut,W,B,Xt,Te,Jt),Te.side=rt,Te.needsUpdate=!0,we=!0}}we===!0&&(Ve.updateMultisampleRenderTarget(de),Ve.updateRenderTargetMipmap(de))}D.setRenderTarget(ue,ve,Ae),D.setClearColor(q,se),nt!==void 0&&(B.viewport=nt),D.toneMapping=Ge}function uo(v,N,W){let B=N.isScene===!0?N.overrideMaterial:null;for(let V=0,de=v.length;V<de;V++){let be=v[V],{object:ue,geometry:ve,group:Ae}=be,Ge=be.material;Ge.allowOverride===!0&&B!==null&&(Ge=B),ue.layers.test(W.layers)&&ou(ue,N,W,ve,Ge,Ae)}}function ou(v,N,W,B,V,de){X!==null&&V.isNodeMaterial&&X.setObject(v,V),v.onBeforeRender(D,N,W,B,V,de),v.modelViewMatrix.multiplyMatrices(W.matrixWorldInverse,v.matrixWorld),v.normalMatrix.getNormalMatrix(v.modelViewMatrix),V.onBeforeRender(D,N,W,B,v,de),V.transparent===!0&&V.side===Tn&&V.forceSinglePass===!1?(V.side=on,V.needsUpdate=!0,D.renderBufferDirect(W,N,B,V,v,de),V.side=$n,V.needsUpdate=!0,D.renderBufferDirect(W,N,B,V,v,de),V.side=Tn):D.renderBufferDirect(W,N,B,V,v,de),v.onAfterRender(D,N,W,B,V,de)}function au(v){let N=0;for(let W of v)W.texture!==null&&N++;return N}function cr(v,N,W){N.isScene!==!0&&(N=xn);let B=Fe.get(v),V=R.state.lights,de=R.state.shadowsArray,be=V.state.version,ue=te.getParameters(v,V.state,de,N,W,R.state.lightProbeGridArray),ve=te.getProgramCacheKey(ue),Ae=B.programs;B.environment=v.isMeshStandardMaterial||v.isMeshLambertMaterial||v.isMeshPhongMaterial?N.environment:null,B.fog=N.fog;let Ge=v.isMeshStandardMaterial||v.isMeshLambertMaterial&&!v.envMap||v.isMeshPhongMaterial&&!v.envMap;B.envMap=T.get(v.envMap||B.environment,Ge),B.envMapRotation=B.environment!==null&&v.envMap===null?N.environmentRotation:v.envMapRotation,Ae===void 0&&(v.addEventListener("dispose",lt),Ae=new Map,B.programs=Ae,B.programVariants=new Map);let nt=Ae.get(ve);if(nt!==void 0){if(B.currentProgram===nt&&B.lightsStateVersion===be)return cu(v,ue),nt}else ue.uniforms=te.getUniforms(v),X!==null&&v.isNodeMaterial&&X.build(v,W,ue),v.onBeforeCompile(ue,D),nt=te.acquireProgram(ue,ve),Ae.set(ve,nt),B.uniforms=ue.uniforms;let we=B.uniforms;return(!v.isShaderMaterial&&!v.isRawShaderMaterial||v.clipping===!0)&&(we.clippingPlanes=J.uniform),cu(v,ue),B.needsLights=$p(v),B.lightsStateVersion=be,B.needsLights&&(we.ambientLightColor.value=V.state.ambient,we.lightProbe.value=V.state.probe,we.sunLights.value=V.state.sun,we.sunLightShadows.value=V.state.sunShadow,we.directionalLights.value=V.state.directional,we.directionalLightShadows.value=V.state.directionalShadow,we.spotLights.value=V.state.spot,we.spotLightShadows.value=V.state.spotShadow,we.rectAreaLights.value=V.state.rectArea,we.ltc_1.value=V.state.rectAreaLTC1,we.ltc_2.value=V.state.rectAreaLTC2,we.pointLights.value=V.state.point,we.pointLightShadows.value=V.state.pointShadow,we.hemisphereLights.value=V.state.hemi,we.sunShadowMatrix.value=V.state.sunShadowMatrix,we.sunShadowCascade.value=V.state.sunShadowCascade,we.directionalShadowMatrix.value=V.state.directionalShadowMatrix,we.spotLightMatrix.value=V.state.spotLightMatrix,we.spotLightMap.value=V.state.spotLightMap,we.pointShadowMatrix.value=V.state.pointShadowMatrix),B.numLightProbeGrids=au(R.state.lightProbeGridArray),B.currentProgram=nt,B.uniformsList=null,nt}function Xp(v,N,W,B,V){let de=Fe.get(v),be=de.currentProgram.id+","+B+","+V,ue=de.programVariants.get(be);return ue===void 0?(ue=cr(v,N,W),de.programVariants.set(be,ue)):(de.currentProgram=ue,de.uniformsList=null,de.outputColorSpace=B,de.toneMapping=V),ue}function lu(v){if(v.uniformsList===null){let N=v.currentProgram.getUniforms();v.uniformsList=rr.seqWithValue(N.seq,v.uniforms)}return v.uniformsList}function cu(v,N){let W=Fe.get(v);W.outputColorSpace=N.outputColorSpace,W.batching=N.batching,W.batchingColor=N.batchingColor,W.instancing=N.instancing,W.instancingColor=N.instancingColor,W.instancingMorph=N.instancingMorph,W.skinning=N.skinning,W.morphTargets=N.morphTargets,W.morphNormals=N.morphNormals,W.morphColors=N.morphColors,W.morphTargetsCount=N.morphTargetsCount,W.numClippingPlanes=N.numClippingPlanes,W.numIntersection=N.numClipIntersection,W.vertexAlphas=N.vertexAlphas,W.vertexTangents=N.vertexTangents,W.toneMapping=N.toneMapping}function qp(v,N,W,B,V){N.isScene!==!0&&(N=xn),Ve.resetTextureUnits();let de=N.fog,be=B.isMeshStandardMaterial||B.isMeshLambertMaterial||B.isMeshPhongMaterial?N.environment:null,ue=ee===null?D.outputColorSpace:ee.isXRRenderTarget===!0?ee.texture.colorSpace:Je.workingColorSpace,ve=B.isMeshStandardMaterial||B.isMeshLambertMaterial&&!B.envMap||B.isMeshPhongMaterial&&!B.envMap,Ae=T.get(B.envMap||be,ve),Ge=B.vertexColors===!0&&!!W.attributes.color&&W.attributes.color.itemSize===4,nt=!!W.attributes.tangent&&(!!B.normalMap||B.anisotropy>0),we=!!W.morphAttributes.position,it=!!W.morphAttributes.normal,wt=!!W.morphAttributes.color,dt=Kn;B.toneMapped&&(ee===null||ee.isXRRenderTarget===!0)&&(dt=D.toneMapping);let ut=W.morphAttributes.position||W.morphAttributes.normal||W.morphAttributes.color,Xt=ut!==void 0?ut.length:0,Te=Fe.get(B),Jt=R.state.lights;if(Et===!0&&(an===!0||v!==Z)){let xt=v===Z&&B.id===H;J.setState(B,v,xt)}let rt=!1,Vi=!1;B.version===Te.__version?Te.needsLights&&Te.lightsStateVersion!==Jt.state.version||V.isBatchedMesh&&Te.batching===!1||!V.isBatchedMesh&&Te.batching===!0||V.isBatchedMesh&&Te.batchingColor===!0&&V._colorsTexture===null||V.isBatchedMesh&&Te.batchingColor===!1&&V._colorsTexture!==null||V.isInstancedMesh&&Te.instancing===!1||!V.isInstancedMesh&&Te.instancing===!0||V.isSkinnedMesh&&Te.skinning===!1||!V.isSkinnedMesh&&Te.skinning===!0||V.isInstancedMesh&&Te.instancingColor===!0&&V.instanceColor===null||V.isInstancedMesh&&Te.instancingColor===!1&&V.instanceColor!==null||V.isInstancedMesh&&Te.instancingMorph===!0&&V.morphTexture===null||V.isInstancedMesh&&Te.instancingMorph===!1&&V.morphTexture!==null||Te.envMap!==Ae||B.fog===!0&&Te.fog!==de||Te.numClippingPlanes!==void 0&&(Te.numClippingPlanes!==J.numPlanes||Te.numIntersection!==J.numIntersection)||Te.vertexAlphas!==Ge||Te.vertexTangents!==nt||Te.morphTargets!==we||Te.morphNormals!==it||Te.morphColors!==wt||Te.morphTargetsCount!==Xt||Te.numLightProbeGrids!==au(R.state.lightProbeGridArray)?rt=!0:(Te.outputColorSpace!==ue||Te.toneMapping!==dt)&&(Vi=!0):(rt=!0,Te.__version=B.version);let qt=Te.currentProgram;(rt===!0||Vi===!0)&&(qt=Vi===!0?Xp(B,N,V,ue,dt):cr(B,N,V),X&&B.isNodeMaterial&&X.onUpdateProgram(B,qt,Te));let fo=!1,Mi=!1,Gi=!1,st=qt.getUniforms(),Vt=Te.uniforms;if(pe.useProgram(qt.program)&&(fo=!0,Mi=!0,Gi=!0),B.id!==H&&(H=B.id,Mi=!0),fo||Z!==v){pe.buffers.depth.getReversed()&&v.reversedDepth!==!0&&(v._reversedDepth=!0,v.updateProjectionMatrix()),st.setValue(U,"projectionMatrix",v.projectionMatrix),st.setValue(U,"viewMatrix",v.matrixWorldInverse);let Ot=st.map.cameraPosition;Ot!==void 0&&Ot.setValue(U,kn.setFromMatrixPosition(v.matrixWorld)),mt.logarithmicDepthBuffer&&st.setValue(U,"logDepthBufFC",2/(Math.log(v.far+1)/Math.LN2)),(B.isMeshPhongMaterial||B.isMeshToonMaterial||B.isMeshLambertMaterial||B.isMeshBasicMaterial||B.isMeshStandardMaterial||B.isShaderMaterial)&&st.setValue(U,"isOrthographic",v.isOrthographicCamera===!0),Z!==v&&(Z=v,Mi=!0,Gi=!0)}if(Te.needsLights&&(Jt.state.sunShadowMap.length>0&&st.setValue(U,"sunShadowMap",Jt.state.sunShadowMap,Ve),Jt.state.directionalShadowMap.length>0&&st.setValue(U,"directionalShadowMap",Jt.state.directionalShadowMap,Ve),Jt.state.spotShadowMap.length>0&&st.setValue(U,"spotShadowMap",Jt.state.spotShadowMap,Ve),Jt.state.pointShadowMap.length>0&&st.setValue(U,"pointShadowMap",Jt.state.pointShadowMap,Ve)),V.isSkinnedMesh){st.setOptional(U,V,"bindMatrix"),st.setOptional(U,V,"bindMatrixInverse");let xt=V.skeleton;xt&&(xt.boneTexture===null&&xt.computeBoneTexture(),st.setValue(U,"boneTexture",xt.boneTexture,Ve))}V.isBatchedMesh&&(st.setOptional(U,V,"batchingTexture"),st.setValue(U,"batchingTexture",V._matricesTexture,Ve),st.setOptional(U,V,"batchingIdTexture"),st.setValue(U,"batchingIdTexture",V._indirectTexture,Ve),st.setOptional(U,V,"batchingColorTexture"),V._colorsTexture!==null&&st.setValue(U,"batchingColorTexture",V._colorsTexture,Ve));let Cn=W.morphAttributes;if((Cn.position!==void 0||Cn.normal!==void 0||Cn.color!==void 0)&&j.update(V,W,qt),(Mi||Te.receiveShadow!==V.receiveShadow)&&(Te.receiveShadow=V.receiveShadow,st.setValue(U,"receiveShadow",V.receiveShadow)),(B.isMeshStandardMaterial||B.isMeshLambertMaterial||B.isMeshPhongMaterial)&&B.envMap===null&&N.environment!==null&&(Vt.envMapIntensity.value=N.environmentIntensity),Vt.dfgLUT!==void 0&&(Vt.dfgLUT.value=dv()),Mi){if(st.setValue(U,"toneMappingExposure",D.toneMappingExposure),Te.needsLights&&Yp(Vt,Gi),de&&B.fog===!0&&ae.refreshFogUniforms(Vt,de),ae.refreshMaterialUniforms(Vt,B,ye,Le,R.state.transmissionRenderTarget[v.id]),Te.needsLights&&Te.numLightProbeGrids>0){let xt=M,Ot=0;for(let ei of R.state.lightProbeGridArray)ei.texture!==null&&(xt.textures[Ot]=ei.texture,xt.min[Ot]=ei.boundingBox.min,xt.max[Ot]=ei.boundingBox.max,xt.resolution[Ot]=ei.resolution,Ot++);for(let ei in xt)xt[ei].length=Ot;Vt.probesSH.value=xt.textures,Vt.probesMin.value=xt.min,Vt.probesMax.value=xt.max,Vt.probesResolution.value=xt.resolution}rr.upload(U,lu(Te),Vt,Ve)}if(B.isShaderMaterial&&B.uniformsNeedUpdate===!0&&(rr.upload(U,lu(Te),Vt,Ve),B.uniformsNeedUpdate=!1),B.isSpriteMaterial&&st.setValue(U,"center",V.center),st.setValue(U,"modelViewMatrix",V.modelViewMatrix),st.setValue(U,"normalMatrix",V.normalMatrix),st.setValue(U,"modelMatrix",V.matrixWorld),B.uniformsGroups!==void 0){let xt=B.uniformsGroups;for(let Ot=0,ei=xt.length;Ot<ei;Ot++){let uu=xt[Ot];Ce.update(uu,qt),Ce.bind(uu,qt)}}return qt}function Yp(v,N){v.ambientLightColor.needsUpdate=N,v.lightProbe.needsUpdate=N,v.sunLights.needsUpdate=N,v.sunLightShadows.needsUpdate=N,v.directionalLights.needsUpdate=N,v.directionalLightShadows.needsUpdate=N,v.pointLights.needsUpdate=N,v.pointLightShadows.needsUpdate=N,v.spotLights.needsUpdate=N,v.spotLightShadows.needsUpdate=N,v.rectAreaLights.needsUpdate=N,v.hemisphereLights.needsUpdate=N}function $p(v){return v.isMeshLambertMaterial||v.isMeshToonMaterial||v.isMeshPhongMaterial||v.isMeshStandardMaterial||v.isShadowMaterial||v.isShaderMaterial&&v.lights===!0}this.getActiveCubeFace=function(){return G},this.getActiveMipmapLevel=function(){return F},this.getRenderTarget=function(){return ee},this.setRenderTargetTextures=function(v,N,W){let B=Fe.get(v);B.__autoAllocateDepthBuffer=v.resolveDepthBuffer===!1,B.__autoAllocateDepthBuffer===!1&&(B.__useRenderToTexture=!1),Fe.get(v.texture).__webglTexture=N,Fe.get(v.depthTexture).__webglTexture=B.__autoAllocateDepthBuffer?void 0:W,B.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(v,N){let W=Fe.get(v);W.__webglFramebuffer=N,W.__useDefaultFramebuffer=N===void 0},this.setRenderTarget=function(v,N=0,W=0){ee=v,G=N,F=W;let B=null,V=!1,de=!1;if(v){let ue=Fe.get(v);if(ue.__useDefaultFramebuffer!==void 0){pe.bindFramebuffer(U.FRAMEBUFFER,ue.__webglFramebuffer),ne.copy(v.viewport),me.copy(v.scissor),Me=v.scissorTest,pe.viewport(ne),pe.scissor(me),pe.setScissorTest(Me),H=-1;return}else if(ue.__webglFramebuffer===void 0)Ve.setupRenderTarget(v);else if(ue.__hasExternalTextures)Ve.rebindTextures(v,Fe.get(v.texture).__webglTexture,Fe.get(v.depthTexture).__webglTexture);else if(v.depthBuffer){let Ge=v.depthTexture;if(ue.__boundDepthTexture!==Ge){if(Ge!==null&&Fe.has(Ge)&&(v.width!==Ge.image.width||v.height!==Ge.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ve.setupDepthRenderbuffer(v)}}let ve=v.texture;(ve.isData3DTexture||ve.isDataArrayTexture||ve.isCompressedArrayTexture)&&(de=!0);let Ae=Fe.get(v).__webglFramebuffer;v.isWebGLCubeRenderTarget?(Array.isArray(Ae[N])?B=Ae[N][W]:B=Ae[N],V=!0):v.samples>0&&Ve.useMultisampledRTT(v)===!1?B=Fe.get(v).__webglMultisampledFramebuffer:Array.isArray(Ae)?B=Ae[W]:B=Ae,ne.copy(v.viewport),me.copy(v.scissor),Me=v.scissorTest}else ne.copy(Be).multiplyScalar(ye).floor(),me.copy(at).multiplyScalar(ye).floor(),Me=ht;if(W!==0&&(B=I),pe.bindFramebuffer(U.FRAMEBUFFER,B)&&pe.drawBuffers(v,B),pe.viewport(ne),pe.scissor(me),pe.setScissorTest(Me),V){let ue=Fe.get(v.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_CUBE_MAP_POSITIVE_X+N,ue.__webglTexture,W)}else if(de){let ue=N;for(let ve=0;ve<v.textures.length;ve++){let Ae=Fe.get(v.textures[ve]);U.framebufferTextureLayer(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0+ve,Ae.__webglTexture,W,ue)}}else if(v!==null&&W!==0){let ue=Fe.get(v.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,ue.__webglTexture,W)}H=-1};function hu(v){let N=Fe.get(v);return(N.__readFormat!==v.format||N.__readType!==v.type)&&(N.__readFormat=v.format,N.__readType=v.type,N.__formatReadable=mt.textureFormatReadable(v.format),N.__typeReadable=mt.textureTypeReadable(v.type)),N}this.readRenderTargetPixels=function(v,N,W,B,V,de,be,ue=0){if(!(v&&v.isWebGLRenderTarget)){ke("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let ve=Fe.get(v).__webglFramebuffer;if(v.isWebGLCubeRenderTarget&&be!==void 0&&(ve=ve[be],Array.isArray(ve)&&(ve=ve[0])),ve){pe.bindFramebuffer(U.FRAMEBUFFER,ve);try{let Ae=v.textures[ue],Ge=Ae.format,nt=Ae.type;v.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+ue);let we=hu(Ae);if(we.__formatReadable===!1){ke("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(we.__typeReadable===!1){ke("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}N>=0&&N<=v.width-B&&W>=0&&W<=v.height-V&&U.readPixels(N,W,B,V,oe.convert(Ge),oe.convert(nt),de)}finally{let Ae=ee!==null?Fe.get(ee).__webglFramebuffer:null;pe.bindFramebuffer(U.FRAMEBUFFER,Ae)}}},this.readRenderTargetPixelsAsync=async function(v,N,W,B,V,de,be,ue=0){if(!(v&&v.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let ve=Fe.get(v).__webglFramebuffer;if(v.isWebGLCubeRenderTarget&&be!==void 0&&(ve=ve[be],Array.isArray(ve)&&(ve=ve[0])),ve)if(N>=0&&N<=v.width-B&&W>=0&&W<=v.height-V){pe.bindFramebuffer(U.FRAMEBUFFER,ve);let Ae=v.textures[ue],Ge=Ae.format,nt=Ae.type;v.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+ue);let we=hu(Ae);if(we.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(we.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let it=U.createBuffer();U.bindBuffer(U.PIXEL_PACK_BUFFER,it),U.bufferData(U.PIXEL_PACK_BUFFER,de.byteLength,U.STREAM_READ),U.readPixels(N,W,B,V,oe.convert(Ge),oe.convert(nt),0),U.bindBuffer(U.PIXEL_PACK_BUFFER,null);let wt=ee!==null?Fe.get(ee).__webglFramebuffer:null;pe.bindFramebuffer(U.FRAMEBUFFER,wt);let dt=U.fenceSync(U.SYNC_GPU_COMMANDS_COMPLETE,0);return U.flush(),await Jd(U,dt,4),U.bindBuffer(U.PIXEL_PACK_BUFFER,it),U.getBufferSubData(U.PIXEL_PACK_BUFFER,0,de),U.bindBuffer(U.PIXEL_PACK_BUFFER,null),U.deleteBuffer(it),U.deleteSync(dt),de}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(v,N=null,W=0){let B=Math.pow(2,-W),V=Math.floor(v.image.width*B),de=Math.floor(v.image.height*B),be=N!==null?N.x:0,ue=N!==null?N.y:0;Ve.setTexture2D(v,0),U.copyTexSubImage2D(U.TEXTURE_2D,W,0,0,be,ue,V,de),pe.unbindTexture()},this.copyTextureToTexture=function(v,N,W=null,B=null,V=0,de=0){let be,ue,ve,Ae,Ge,nt,we,it,wt,dt=v.isCompressedTexture?v.mipmaps[de]:v.image;if(W!==null)be=W.max.x-W.min.x,ue=W.max.y-W.min.y,ve=W.isBox3?W.max.z-W.min.z:1,Ae=W.min.x,Ge=W.min.y,nt=W.isBox3?W.min.z:0;else{let st=Math.pow(2,-V);be=Math.floor(dt.width*st),ue=Math.floor(dt.height*st),v.isDataArrayTexture?ve=dt.depth:v.isData3DTexture?ve=Math.floor(dt.depth*st):ve=1,Ae=0,Ge=0,nt=0}B!==null?(we=B.x,it=B.y,wt=B.z):(we=0,it=0,wt=0);let ut=oe.convert(N.format),Xt=oe.convert(N.type),Te;N.isData3DTexture?(Ve.setTexture3D(N,0),Te=U.TEXTURE_3D):N.isDataArrayTexture||N.isCompressedArrayTexture?(Ve.setTexture2DArray(N,0),Te=U.TEXTURE_2D_ARRAY):(Ve.setTexture2D(N,0),Te=U.TEXTURE_2D),pe.activeTexture(U.TEXTURE0),pe.pixelStorei(U.UNPACK_FLIP_Y_WEBGL,N.flipY),pe.pixelStorei(U.UNPACK_PREMULTIPLY_ALPHA_WEBGL,N.premultiplyAlpha),pe.pixelStorei(U.UNPACK_ALIGNMENT,N.unpackAlignment);let Jt=pe.getParameter(U.UNPACK_ROW_LENGTH),rt=pe.getParameter(U.UNPACK_IMAGE_HEIGHT),Vi=pe.getParameter(U.UNPACK_SKIP_PIXELS),qt=pe.getParameter(U.UNPACK_SKIP_ROWS),fo=pe.getParameter(U.UNPACK_SKIP_IMAGES);pe.pixelStorei(U.UNPACK_ROW_LENGTH,dt.width),pe.pixelStorei(U.UNPACK_IMAGE_HEIGHT,dt.height),pe.pixelStorei(U.UNPACK_SKIP_PIXELS,Ae),pe.pixelStorei(U.UNPACK_SKIP_ROWS,Ge),pe.pixelStorei(U.UNPACK_SKIP_IMAGES,nt);let Mi=v.isDataArrayTexture||v.isData3DTexture,Gi=N.isDataArrayTexture||N.isData3DTexture;if(v.isDepthTexture){let st=Fe.get(v),Vt=Fe.get(N),Cn=Fe.get(st.__renderTarget),xt=Fe.get(Vt.__renderTarget);pe.bindFramebuffer(U.READ_FRAMEBUFFER,Cn.__webglFramebuffer),pe.bindFramebuffer(U.DRAW_FRAMEBUFFER,xt.__webglFramebuffer);for(let Ot=0;Ot<ve;Ot++)Mi&&(U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Fe.get(v).__webglTexture,V,nt+Ot),U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Fe.get(N).__webglTexture,de,wt+Ot)),U.blitFramebuffer(Ae,Ge,Ae+be,Ge+ue,we,it,we+be,it+ue,U.DEPTH_BUFFER_BIT,U.NEAREST);pe.bindFramebuffer(U.READ_FRAMEBUFFER,null),pe.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else if(V!==0||v.isRenderTargetTexture||Fe.has(v)){let st=Fe.get(v),Vt=Fe.get(N);pe.bindFramebuffer(U.READ_FRAMEBUFFER,_),pe.bindFramebuffer(U.DRAW_FRAMEBUFFER,L);for(let Cn=0;Cn<ve;Cn++)Mi?U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,st.__webglTexture,V,nt+Cn):U.framebufferTexture2D(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,st.__webglTexture,V),Gi?U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Vt.__webglTexture,de,wt+Cn):U.framebufferTexture2D(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,Vt.__webglTexture,de),V!==0?U.blitFramebuffer(Ae,Ge,Ae+be,Ge+ue,we,it,we+be,it+ue,U.COLOR_BUFFER_BIT,U.NEAREST):Gi?U.copyTexSubImage3D(Te,de,we,it,wt+Cn,Ae,Ge,be,ue):U.copyTexSubImage2D(Te,de,we,it,Ae,Ge,be,ue);pe.bindFramebuffer(U.READ_FRAMEBUFFER,null),pe.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else Gi?v.isDataTexture||v.isData3DTexture?U.texSubImage3D(Te,de,we,it,wt,be,ue,ve,ut,Xt,dt.data):N.isCompressedArrayTexture?U.compressedTexSubImage3D(Te,de,we,it,wt,be,ue,ve,ut,dt.data):U.texSubImage3D(Te,de,we,it,wt,be,ue,ve,ut,Xt,dt):v.isDataTexture?U.texSubImage2D(U.TEXTURE_2D,de,we,it,be,ue,ut,Xt,dt.data):v.isCompressedTexture?U.compressedTexSubImage2D(U.TEXTURE_2D,de,we,it,dt.width,dt.height,ut,dt.data):U.texSubImage2D(U.TEXTURE_2D,de,we,it,be,ue,ut,Xt,dt);pe.pixelStorei(U.UNPACK_ROW_LENGTH,Jt),pe.pixelStorei(U.UNPACK_IMAGE_HEIGHT,rt),pe.pixelStorei(U.UNPACK_SKIP_PIXELS,Vi),pe.pixelStorei(U.UNPACK_SKIP_ROWS,qt),pe.pixelStorei(U.UNPACK_SKIP_IMAGES,fo),de===0&&N.generateMipmaps===!0&&N.mipmapsAutoUpdate===!0&&U.generateMipmap(Te),pe.unbindTexture()},this.initRenderTarget=function(v){Fe.get(v).__webglFramebuffer===void 0&&Ve.setupRenderTarget(v)},this.initTexture=function(v){v.isCubeTexture?Ve.setTextureCube(v,0):v.isData3DTexture?Ve.setTexture3D(v,0):v.isDataArrayTexture||v.isCompressedArrayTexture?Ve.setTexture2DArray(v,0):Ve.setTexture2D(v,0),pe.unbindTexture()},this.resetState=function(){G=0,F=0,ee=null,pe.reset(),le.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return wn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Je._getDrawingBufferColorSpace(e),t.unpackColorSpace=Je._getUnpackColorSpace()}};function bh(s,e){if(e===$c)return console.warn("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Geometry already defined as triangles."),s;if(e===sr||e===so){let t=s.getIndex();if(t===null){let r=[],o=s.getAttribute("position");if(o!==void 0){for(let l=0;l<o.count;l++)r.push(l);s.setIndex(r),t=s.getIndex()}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Undefined position attribute. Processing not possible."),s}let n=t.count-2,i=[];if(e===sr)for(let r=1;r<=n;r++)i.push(t.getX(0)),i.push(t.getX(r)),i.push(t.getX(r+1));else for(let r=0;r<n;r++)r%2===0?(i.push(t.getX(r)),i.push(t.getX(r+1)),i.push(t.getX(r+2))):(i.push(t.getX(r+2)),i.push(t.getX(r+1)),i.push(t.getX(r)));return i.length/3!==n&&console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unable to generate correct amount of triangles."),s.setIndex(i),s.clearGroups(),s}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unknown draw mode:",e),s}function Up(s){let e=new Map,t=new Map,n=s.clone();return Op(s,n,function(i,r){e.set(r,i),t.set(i,r)}),n.traverse(function(i){if(!i.isSkinnedMesh)return;let r=i,o=e.get(i),l=o.skeleton.bones;r.skeleton=o.skeleton.clone(),r.bindMatrix.copy(o.bindMatrix),r.skeleton.bones=l.map(function(c){return t.get(c)}),r.bind(r.skeleton,r.bindMatrix)}),n}function Op(s,e,t){t(s,e);for(let n=0;n<s.children.length;n++)Op(s.children[n],e.children[n],t)}var yl=class extends Yn{constructor(e){super(e),this.dracoLoader=null,this.ktx2Loader=null,this.meshoptDecoder=null,this.pluginCallbacks=[],this.register(function(t){return new Ih(t)}),this.register(function(t){return new Ph(t)}),this.register(function(t){return new Lh(t)}),this.register(function(t){return new Vh(t)}),this.register(function(t){return new Gh(t)}),this.register(function(t){return new Hh(t)}),this.register(function(t){return new Dh(t)}),this.register(function(t){return new Uh(t)}),this.register(function(t){return new Oh(t)}),this.register(function(t){return new Fh(t)}),this.register(function(t){return new Ch(t)}),this.register(function(t){return new Bh(t)}),this.register(function(t){return new Nh(t)}),this.register(function(t){return new zh(t)}),this.register(function(t){return new kh(t)}),this.register(function(t){return new Ah(t)}),this.register(function(t){return new vl(t,Qe.EXT_MESHOPT_COMPRESSION)}),this.register(function(t){return new vl(t,Qe.KHR_MESHOPT_COMPRESSION)}),this.register(function(t){return new Wh(t)})}load(e,t,n,i){let r=this,o;if(this.resourcePath!=="")o=this.resourcePath;else if(this.path!==""){let a=xi.extractUrlBase(e);o=xi.resolveURL(a,this.path)}else o=xi.extractUrlBase(e);this.manager.itemStart(e);let l=function(a){i?i(a):console.error(a),r.manager.itemError(e),r.manager.itemEnd(e)},c=new Zs(this.manager);c.setPriority(this.priority),c.setCache(this.cache),c.setPath(this.path),c.setResponseType("arraybuffer"),c.setRequestHeader(this.requestHeader),c.setWithCredentials(this.withCredentials),c.load(e,function(a){try{r.parse(a,o,function(h){t(h),r.manager.itemEnd(e)},l)}catch(h){l(h)}},n,l)}setDRACOLoader(e){return this.dracoLoader=e,this}setKTX2Loader(e){return this.ktx2Loader=e,this}setMeshoptDecoder(e){return this.meshoptDecoder=e,this}register(e){return this.pluginCallbacks.indexOf(e)===-1&&this.pluginCallbacks.push(e),this}unregister(e){return this.pluginCallbacks.indexOf(e)!==-1&&this.pluginCallbacks.splice(this.pluginCallbacks.indexOf(e),1),this}parse(e,t,n,i){let r,o={},l={},c=new TextDecoder;if(typeof e=="string")r=JSON.parse(e);else if(e instanceof ArrayBuffer)if(c.decode(new Uint8Array(e,0,4))===Vp){try{o[Qe.KHR_BINARY_GLTF]=new Xh(e)}catch(f){i&&i(f);return}r=JSON.parse(o[Qe.KHR_BINARY_GLTF].content)}else r=JSON.parse(c.decode(e));else r=e;if(r.asset===void 0||r.asset.version[0]<2){i&&i(new Error("THREE.GLTFLoader: Unsupported asset. glTF versions >=2.0 are supported."));return}let a=new jh(r,{path:t||this.resourcePath||"",crossOrigin:this.crossOrigin,priority:this.priority,cache:this.cache,withCredentials:this.withCredentials,requestHeader:this.requestHeader,manager:this.manager,ktx2Loader:this.ktx2Loader,meshoptDecoder:this.meshoptDecoder});a.fileLoader.setRequestHeader(this.requestHeader);for(let h=0;h<this.pluginCallbacks.length;h++){let f=this.pluginCallbacks[h](a);f.name||console.error("THREE.GLTFLoader: Invalid plugin found: missing name"),l[f.name]=f,o[f.name]=!0}if(r.extensionsUsed)for(let h=0;h<r.extensionsUsed.length;++h){let f=r.extensionsUsed[h],u=r.extensionsRequired||[];switch(f){case Qe.KHR_MATERIALS_UNLIT:o[f]=new Rh;break;case Qe.KHR_DRACO_MESH_COMPRESSION:o[f]=new qh(r,this.dracoLoader);break;case Qe.KHR_TEXTURE_TRANSFORM:o[f]=new Yh;break;case Qe.KHR_MESH_QUANTIZATION:o[f]=new $h;break;default:u.indexOf(f)>=0&&l[f]===void 0&&console.warn('THREE.GLTFLoader: Unknown extension "'+f+'".')}}a.setExtensions(o),a.setPlugins(l),a.parse(n,i)}parseAsync(e,t){let n=this;return new Promise(function(i,r){n.parse(e,t,i,r)})}};function pv(){let s={};return{get:function(e){return s[e]},add:function(e,t){s[e]=t},remove:function(e){delete s[e]},removeAll:function(){s={}}}}function yt(s,e,t){let n=s.json.materials[e];return n.extensions&&n.extensions[t]?n.extensions[t]:null}var Qe={KHR_BINARY_GLTF:"KHR_binary_glTF",KHR_DRACO_MESH_COMPRESSION:"KHR_draco_mesh_compression",KHR_LIGHTS_PUNCTUAL:"KHR_lights_punctual",KHR_MATERIALS_CLEARCOAT:"KHR_materials_clearcoat",KHR_MATERIALS_DIFFUSE_ROUGHNESS:"KHR_materials_diffuse_roughness",KHR_MATERIALS_DISPERSION:"KHR_materials_dispersion",KHR_MATERIALS_IOR:"KHR_materials_ior",KHR_MATERIALS_SHEEN:"KHR_materials_sheen",KHR_MATERIALS_SPECULAR:"KHR_materials_specular",KHR_MATERIALS_TRANSMISSION:"KHR_materials_transmission",KHR_MATERIALS_IRIDESCENCE:"KHR_materials_iridescence",KHR_MATERIALS_ANISOTROPY:"KHR_materials_anisotropy",KHR_MATERIALS_UNLIT:"KHR_materials_unlit",KHR_MATERIALS_VOLUME:"KHR_materials_volume",KHR_TEXTURE_BASISU:"KHR_texture_basisu",KHR_TEXTURE_TRANSFORM:"KHR_texture_transform",KHR_MESH_QUANTIZATION:"KHR_mesh_quantization",KHR_MATERIALS_EMISSIVE_STRENGTH:"KHR_materials_emissive_strength",EXT_MATERIALS_BUMP:"EXT_materials_bump",EXT_TEXTURE_WEBP:"EXT_texture_webp",EXT_TEXTURE_AVIF:"EXT_texture_avif",EXT_MESHOPT_COMPRESSION:"EXT_meshopt_compression",KHR_MESHOPT_COMPRESSION:"KHR_meshopt_compression",EXT_MESH_GPU_INSTANCING:"EXT_mesh_gpu_instancing"},Ah=class{constructor(e){this.parser=e,this.name=Qe.KHR_LIGHTS_PUNCTUAL,this.cache={refs:{},uses:{}}}_markDefs(){let e=this.parser,t=this.parser.json.nodes||[];for(let n=0,i=t.length;n<i;n++){let r=t[n];r.extensions&&r.extensions[this.name]&&r.extensions[this.name].light!==void 0&&e._addNodeRef(this.cache,r.extensions[this.name].light)}}_loadLight(e){let t=this.parser,n="light:"+e,i=t.cache.get(n);if(i)return i;let r=t.json,c=((r.extensions&&r.extensions[this.name]||{}).lights||[])[e],a,h=new Oe(16777215);c.color!==void 0&&h.setRGB(c.color[0],c.color[1],c.color[2],en);let f=c.range!==void 0?c.range:0;switch(c.type){case"directional":a=new ss(h),a.target.position.set(0,0,-1),a.add(a.target);break;case"point":a=new $r(h),a.distance=f;break;case"spot":a=new Yr(h),a.distance=f,c.spot=c.spot||{},c.spot.innerConeAngle=c.spot.innerConeAngle!==void 0?c.spot.innerConeAngle:0,c.spot.outerConeAngle=c.spot.outerConeAngle!==void 0?c.spot.outerConeAngle:Math.PI/4,a.angle=c.spot.outerConeAngle,a.penumbra=1-c.spot.innerConeAngle/c.spot.outerConeAngle,a.target.position.set(0,0,-1),a.add(a.target);break;default:throw new Error("THREE.GLTFLoader: Unexpected light type: "+c.type)}return a.position.set(0,0,0),Qn(a,c),c.intensity!==void 0&&(a.intensity=c.intensity),a.name=t.createUniqueName(c.name||"light_"+e),i=Promise.resolve(a),t.cache.add(n,i),i}getDependency(e,t){if(e==="light")return this._loadLight(t)}createNodeAttachment(e){let t=this,n=this.parser,r=n.json.nodes[e],l=(r.extensions&&r.extensions[this.name]||{}).light;return l===void 0?null:this._loadLight(l).then(function(c){return n._getNodeRef(t.cache,l,c)})}},Rh=class{constructor(){this.name=Qe.KHR_MATERIALS_UNLIT}getMaterialType(){return Wn}extendParams(e,t,n){let i=[];e.color=new Oe(1,1,1),e.opacity=1;let r=t.pbrMetallicRoughness;if(r){if(Array.isArray(r.baseColorFactor)){let o=r.baseColorFactor;e.color.setRGB(o[0],o[1],o[2],en),e.opacity=o[3]}r.baseColorTexture!==void 0&&i.push(n.assignTexture(e,"map",r.baseColorTexture,vt))}return Promise.all(i)}},Ch=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_EMISSIVE_STRENGTH}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);return n===null||n.emissiveStrength!==void 0&&(t.emissiveIntensity=n.emissiveStrength),Promise.resolve()}},Ih=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_CLEARCOAT}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];if(n.clearcoatFactor!==void 0&&(t.clearcoat=n.clearcoatFactor),n.clearcoatTexture!==void 0&&i.push(this.parser.assignTexture(t,"clearcoatMap",n.clearcoatTexture)),n.clearcoatRoughnessFactor!==void 0&&(t.clearcoatRoughness=n.clearcoatRoughnessFactor),n.clearcoatRoughnessTexture!==void 0&&i.push(this.parser.assignTexture(t,"clearcoatRoughnessMap",n.clearcoatRoughnessTexture)),n.clearcoatNormalTexture!==void 0&&(i.push(this.parser.assignTexture(t,"clearcoatNormalMap",n.clearcoatNormalTexture)),n.clearcoatNormalTexture.scale!==void 0)){let r=n.clearcoatNormalTexture.scale;t.clearcoatNormalScale=new je(r,r)}return Promise.all(i)}},Ph=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_DIFFUSE_ROUGHNESS}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];return t.diffuseRoughness=n.diffuseRoughnessFactor!==void 0?n.diffuseRoughnessFactor:0,n.diffuseRoughnessTexture!==void 0&&i.push(this.parser.assignTexture(t,"diffuseRoughnessMap",n.diffuseRoughnessTexture)),Promise.all(i)}},Lh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_DISPERSION}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);return n===null||(t.dispersion=n.dispersion!==void 0?n.dispersion:0),Promise.resolve()}},Nh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_IRIDESCENCE}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];return n.iridescenceFactor!==void 0&&(t.iridescence=n.iridescenceFactor),n.iridescenceTexture!==void 0&&i.push(this.parser.assignTexture(t,"iridescenceMap",n.iridescenceTexture)),n.iridescenceIor!==void 0&&(t.iridescenceIOR=n.iridescenceIor),n.iridescenceThicknessMinimum!==void 0&&(t.iridescenceThicknessMinimum=n.iridescenceThicknessMinimum),n.iridescenceThicknessMaximum!==void 0&&(t.iridescenceThicknessMaximum=n.iridescenceThicknessMaximum),n.iridescenceThicknessTexture!==void 0&&i.push(this.parser.assignTexture(t,"iridescenceThicknessMap",n.iridescenceThicknessTexture)),Promise.all(i)}},Dh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_SHEEN}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];if(t.sheenColor=new Oe(0,0,0),t.sheenRoughness=0,t.sheen=1,n.sheenColorFactor!==void 0){let r=n.sheenColorFactor;t.sheenColor.setRGB(r[0],r[1],r[2],en)}return n.sheenRoughnessFactor!==void 0&&(t.sheenRoughness=n.sheenRoughnessFactor),n.sheenColorTexture!==void 0&&i.push(this.parser.assignTexture(t,"sheenColorMap",n.sheenColorTexture,vt)),n.sheenRoughnessTexture!==void 0&&i.push(this.parser.assignTexture(t,"sheenRoughnessMap",n.sheenRoughnessTexture)),Promise.all(i)}},Uh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_TRANSMISSION}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];return n.transmissionFactor!==void 0&&(t.transmission=n.transmissionFactor),n.transmissionTexture!==void 0&&i.push(this.parser.assignTexture(t,"transmissionMap",n.transmissionTexture)),Promise.all(i)}},Oh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_VOLUME}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];t.thickness=n.thicknessFactor!==void 0?n.thicknessFactor:0,n.thicknessTexture!==void 0&&i.push(this.parser.assignTexture(t,"thicknessMap",n.thicknessTexture)),t.attenuationDistance=n.attenuationDistance||1/0;let r=n.attenuationColor||[1,1,1];return t.attenuationColor=new Oe().setRGB(r[0],r[1],r[2],en),Promise.all(i)}},Fh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_IOR}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);return n===null||(t.ior=n.ior!==void 0?n.ior:1.5,t.ior===0&&(t.ior=1e3)),Promise.resolve()}},Bh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_SPECULAR}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];t.specularIntensity=n.specularFactor!==void 0?n.specularFactor:1,n.specularTexture!==void 0&&i.push(this.parser.assignTexture(t,"specularIntensityMap",n.specularTexture));let r=n.specularColorFactor||[1,1,1];return t.specularColor=new Oe().setRGB(r[0],r[1],r[2],en),n.specularColorTexture!==void 0&&i.push(this.parser.assignTexture(t,"specularColorMap",n.specularColorTexture,vt)),Promise.all(i)}},kh=class{constructor(e){this.parser=e,this.name=Qe.EXT_MATERIALS_BUMP}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];return t.bumpScale=n.bumpFactor!==void 0?n.bumpFactor:1,n.bumpTexture!==void 0&&i.push(this.parser.assignTexture(t,"bumpMap",n.bumpTexture)),Promise.all(i)}},zh=class{constructor(e){this.parser=e,this.name=Qe.KHR_MATERIALS_ANISOTROPY}getMaterialType(e){return yt(this.parser,e,this.name)!==null?rn:null}extendMaterialParams(e,t){let n=yt(this.parser,e,this.name);if(n===null)return Promise.resolve();let i=[];return n.anisotropyStrength!==void 0&&(t.anisotropy=n.anisotropyStrength),n.anisotropyRotation!==void 0&&(t.anisotropyRotation=n.anisotropyRotation),n.anisotropyTexture!==void 0&&i.push(this.parser.assignTexture(t,"anisotropyMap",n.anisotropyTexture)),Promise.all(i)}},Vh=class{constructor(e){this.parser=e,this.name=Qe.KHR_TEXTURE_BASISU}loadTexture(e){let t=this.parser,n=t.json,i=n.textures[e];if(!i.extensions||!i.extensions[this.name])return null;let r=i.extensions[this.name],o=t.options.ktx2Loader;if(!o){if(n.extensionsRequired&&n.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setKTX2Loader must be called before loading KTX2 textures");return null}return t.loadTextureImage(e,r.source,o)}},Gh=class{constructor(e){this.parser=e,this.name=Qe.EXT_TEXTURE_WEBP}loadTexture(e){let t=this.name,n=this.parser,i=n.json,r=i.textures[e];if(!r.extensions||!r.extensions[t])return null;let o=r.extensions[t],l=i.images[o.source],c=n.textureLoader;if(l.uri){let a=n.options.manager.getHandler(l.uri);a!==null&&(c=a)}return n.loadTextureImage(e,o.source,c)}},Hh=class{constructor(e){this.parser=e,this.name=Qe.EXT_TEXTURE_AVIF}loadTexture(e){let t=this.name,n=this.parser,i=n.json,r=i.textures[e];if(!r.extensions||!r.extensions[t])return null;let o=r.extensions[t],l=i.images[o.source],c=n.textureLoader;if(l.uri){let a=n.options.manager.getHandler(l.uri);a!==null&&(c=a)}return n.loadTextureImage(e,o.source,c)}},vl=class{constructor(e,t){this.name=t,this.parser=e}loadBufferView(e){let t=this.parser.json,n=t.bufferViews[e];if(n.extensions&&n.extensions[this.name]){let i=n.extensions[this.name],r=this.parser.getDependency("buffer",i.buffer),o=this.parser.options.meshoptDecoder;if(!o||!o.supported){if(t.extensionsRequired&&t.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setMeshoptDecoder must be called before loading compressed files");return null}return r.then(function(l){let c=i.byteOffset||0,a=i.byteLength||0,h=i.count,f=i.byteStride,u=new Uint8Array(l,c,a);return o.decodeGltfBufferAsync?o.decodeGltfBufferAsync(h,f,u,i.mode,i.filter).then(function(d){return d.buffer}):o.ready.then(function(){let d=new ArrayBuffer(h*f);return o.decodeGltfBuffer(new Uint8Array(d),h,f,u,i.mode,i.filter),d})})}else return null}},Wh=class{constructor(e){this.name=Qe.EXT_MESH_GPU_INSTANCING,this.parser=e}createNodeMesh(e){let t=this.parser.json,n=t.nodes[e];if(!n.extensions||!n.extensions[this.name]||n.mesh===void 0)return null;let i=t.meshes[n.mesh];for(let a of i.primitives)if(a.mode!==Rn.TRIANGLES&&a.mode!==Rn.TRIANGLE_STRIP&&a.mode!==Rn.TRIANGLE_FAN&&a.mode!==void 0)return null;let o=n.extensions[this.name].attributes,l=[],c={};for(let a in o)l.push(this.parser.getDependency("accessor",o[a]).then(h=>(c[a]=h,c[a])));return l.length<1?null:(l.push(this.parser.createNodeMesh(e)),Promise.all(l).then(a=>{let h=a.pop(),f=h.isGroup?h.children:[h],u=a[0].count,d=[];for(let m of f){let S=new Xe,p=new O,g=new tn,b=new O(1,1,1),A=new Dr(m.geometry,m.material,u);for(let C=0;C<u;C++)c.TRANSLATION&&p.fromBufferAttribute(c.TRANSLATION,C),c.ROTATION&&g.fromBufferAttribute(c.ROTATION,C),c.SCALE&&b.fromBufferAttribute(c.SCALE,C),A.setMatrixAt(C,S.compose(p,g,b));let M=null;for(let C in c)if(C==="_COLOR_0"){let R=c[C];A.instanceColor=new fi(R.array,R.itemSize,R.normalized)}else if(C!=="TRANSLATION"&&C!=="ROTATION"&&C!=="SCALE"){if(M===null){let x=A.geometry;M=new cn,M.name=x.name;for(let w in x.attributes)M.setAttribute(w,x.attributes[w]);for(let w in x.morphAttributes)M.morphAttributes[w]=x.morphAttributes[w];x.index!==null&&M.setIndex(x.index),M.morphTargetsRelative=x.morphTargetsRelative;for(let w of x.groups)M.addGroup(w.start,w.count,w.materialIndex);x.boundingBox!==null&&(M.boundingBox=x.boundingBox.clone()),x.boundingSphere!==null&&(M.boundingSphere=x.boundingSphere.clone()),M.drawRange.start=x.drawRange.start,M.drawRange.count=x.drawRange.count,M.userData=Object.assign({},x.userData),A.geometry=M}let R=c[C];M.setAttribute(C,new fi(R.array,R.itemSize,R.normalized))}gt.prototype.copy.call(A,m),this.parser.assignFinalMaterial(A),d.push(A)}return h.isGroup?(h.clear(),h.add(...d),h):d[0]}))}},Vp="glTF",co=12,Fp={JSON:1313821514,BIN:5130562},Xh=class{constructor(e){this.name=Qe.KHR_BINARY_GLTF,this.content=null,this.body=null;let t=new DataView(e,0,co),n=new TextDecoder;if(this.header={magic:n.decode(new Uint8Array(e.slice(0,4))),version:t.getUint32(4,!0),length:t.getUint32(8,!0)},this.header.magic!==Vp)throw new Error("THREE.GLTFLoader: Unsupported glTF-Binary header.");if(this.header.version<2)throw new Error("THREE.GLTFLoader: Legacy binary file detected.");let i=this.header.length-co,r=new DataView(e,co),o=0;for(;o<i;){let l=r.getUint32(o,!0);o+=4;let c=r.getUint32(o,!0);if(o+=4,c===Fp.JSON){let a=new Uint8Array(e,co+o,l);this.content=n.decode(a)}else if(c===Fp.BIN){let a=co+o;this.body=e.slice(a,a+l)}o+=l}if(this.content===null)throw new Error("THREE.GLTFLoader: JSON content not found.")}},qh=class{constructor(e,t){if(!t)throw new Error("THREE.GLTFLoader: No DRACOLoader instance provided.");this.name=Qe.KHR_DRACO_MESH_COMPRESSION,this.json=e,this.dracoLoader=t,this.dracoLoader.preload()}decodePrimitive(e,t){let n=this.json,i=this.dracoLoader,r=e.extensions[this.name].bufferView,o=e.extensions[this.name].attributes,l={},c={},a={};for(let h in o){let f=Zh[h]||h.toLowerCase();l[f]=o[h]}for(let h in e.attributes){let f=Zh[h]||h.toLowerCase();if(o[h]!==void 0){let u=n.accessors[e.attributes[h]],d=ar[u.componentType];a[f]=d.name,c[f]=u.normalized===!0}}return t.getDependency("bufferView",r).then(function(h){return new Promise(function(f,u){i.decodeDracoFile(h,function(d){for(let m in d.attributes){let S=d.attributes[m],p=c[m];p!==void 0&&(S.normalized=p)}f(d)},l,a,en,u)})})}},Yh=class{constructor(){this.name=Qe.KHR_TEXTURE_TRANSFORM}extendTexture(e,t){if((t.texCoord===void 0||t.texCoord===e.channel)&&t.offset===void 0&&t.rotation===void 0&&t.scale===void 0)return e;if(e=e.clone(),t.texCoord!==void 0&&(e.channel=t.texCoord),t.offset!==void 0&&e.offset.fromArray(t.offset),t.rotation!==void 0&&(e.rotation=t.rotation),t.scale!==void 0&&e.repeat.fromArray(t.scale),t.rotation!==void 0){let n=Math.cos(e.rotation),i=Math.sin(e.rotation);e.matrix.set(e.repeat.x*n,e.repeat.y*i,e.offset.x,-e.repeat.x*i,e.repeat.y*n,e.offset.y,0,0,1),e.matrixAutoUpdate=!1}return e.needsUpdate=!0,e}},$h=class{constructor(){this.name=Qe.KHR_MESH_QUANTIZATION}},Sl=class extends qn{constructor(e,t,n,i){super(e,t,n,i)}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,i=this.valueSize,r=e*i*3+i;for(let o=0;o!==i;o++)t[o]=n[r+o];return t}interpolate_(e,t,n,i){let r=this.resultBuffer,o=this.sampleValues,l=this.valueSize,c=l*2,a=l*3,h=i-t,f=(n-t)/h,u=f*f,d=u*f,m=e*a,S=m-a,p=-2*d+3*u,g=d-u,b=1-p,A=g-u+f;for(let M=0;M!==l;M++){let C=o[S+M+l],R=o[S+M+c]*h,x=o[m+M+l],w=o[m+M]*h;r[M]=b*C+A*R+p*x+g*w}return r}},mv=new tn,Kh=class extends Sl{interpolate_(e,t,n,i){let r=super.interpolate_(e,t,n,i);return mv.fromArray(r).normalize().toArray(r),r}},Rn={FLOAT:5126,FLOAT_MAT3:35675,FLOAT_MAT4:35676,FLOAT_VEC2:35664,FLOAT_VEC3:35665,FLOAT_VEC4:35666,LINEAR:9729,REPEAT:10497,SAMPLER_2D:35678,POINTS:0,LINES:1,LINE_LOOP:2,LINE_STRIP:3,TRIANGLES:4,TRIANGLE_STRIP:5,TRIANGLE_FAN:6,UNSIGNED_BYTE:5121,UNSIGNED_SHORT:5123},ar={5120:Int8Array,5121:Uint8Array,5122:Int16Array,5123:Uint16Array,5125:Uint32Array,5126:Float32Array},Bp={9728:St,9729:Pt,9984:Ea,9985:nr,9986:ls,9987:En},kp={33071:bn,33648:Fs,10497:Di},wh={SCALAR:1,VEC2:2,VEC3:3,VEC4:4,MAT2:4,MAT3:9,MAT4:16},Zh={POSITION:"position",NORMAL:"normal",TANGENT:"tangent",TEXCOORD_0:"uv",TEXCOORD_1:"uv1",TEXCOORD_2:"uv2",TEXCOORD_3:"uv3",COLOR_0:"color",WEIGHTS_0:"skinWeight",JOINTS_0:"skinIndex"},ki={scale:"scale",translation:"position",rotation:"quaternion",weights:"morphTargetInfluences"},gv={CUBICSPLINE:void 0,LINEAR:ji,STEP:Ji},Th={OPAQUE:"OPAQUE",MASK:"MASK",BLEND:"BLEND"};function _v(s){return s.DefaultMaterial===void 0&&(s.DefaultMaterial=new ns({color:16777215,emissive:0,metalness:1,roughness:1,transparent:!1,depthTest:!0,side:$n})),s.DefaultMaterial}function us(s,e,t){for(let n in t.extensions)s[n]===void 0&&(e.userData.gltfExtensions=e.userData.gltfExtensions||{},e.userData.gltfExtensions[n]=t.extensions[n])}function Qn(s,e){e.extras!==void 0&&(typeof e.extras=="object"?Object.assign(s.userData,e.extras):console.warn("THREE.GLTFLoader: Ignoring primitive type .extras, "+e.extras))}function xv(s,e,t){let n=!1,i=!1,r=!1;for(let a=0,h=e.length;a<h;a++){let f=e[a];if(f.POSITION!==void 0&&(n=!0),f.NORMAL!==void 0&&(i=!0),f.COLOR_0!==void 0&&(r=!0),n&&i&&r)break}if(!n&&!i&&!r)return Promise.resolve(s);let o=[],l=[],c=[];for(let a=0,h=e.length;a<h;a++){let f=e[a];if(n){let u=f.POSITION!==void 0?t.getDependency("accessor",f.POSITION):s.attributes.position;o.push(u)}if(i){let u=f.NORMAL!==void 0?t.getDependency("accessor",f.NORMAL):s.attributes.normal;l.push(u)}if(r){let u=f.COLOR_0!==void 0?t.getDependency("accessor",f.COLOR_0):s.attributes.color;c.push(u)}}return Promise.all([Promise.all(o),Promise.all(l),Promise.all(c)]).then(function(a){let h=a[0],f=a[1],u=a[2];return n&&(s.morphAttributes.position=h),i&&(s.morphAttributes.normal=f),r&&(s.morphAttributes.color=u),s.morphTargetsRelative=!0,s})}function yv(s,e){if(s.updateMorphTargets(),e.weights!==void 0)for(let t=0,n=e.weights.length;t<n;t++)s.morphTargetInfluences[t]=e.weights[t];if(e.extras&&Array.isArray(e.extras.targetNames)){let t=e.extras.targetNames;if(s.morphTargetInfluences.length===t.length){s.morphTargetDictionary={};for(let n=0,i=t.length;n<i;n++)s.morphTargetDictionary[t[n]]=n}else console.warn("THREE.GLTFLoader: Invalid extras.targetNames length. Ignoring names.")}}function vv(s){let e,t=s.extensions&&s.extensions[Qe.KHR_DRACO_MESH_COMPRESSION];if(t?e="draco:"+t.bufferView+":"+t.indices+":"+Eh(t.attributes):e=s.indices+":"+Eh(s.attributes)+":"+s.mode,s.targets!==void 0)for(let n=0,i=s.targets.length;n<i;n++)e+=":"+Eh(s.targets[n]);return e}function Eh(s){let e="",t=Object.keys(s).sort();for(let n=0,i=t.length;n<i;n++)e+=t[n]+":"+s[t[n]]+";";return e}function Jh(s){switch(s){case Int8Array:return 1/127;case Uint8Array:return 1/255;case Int16Array:return 1/32767;case Uint16Array:return 1/65535;default:throw new Error("THREE.GLTFLoader: Unsupported normalized accessor component type.")}}function Sv(s){return s.search(/\.jpe?g($|\?)/i)>0||s.search(/^data\:image\/jpeg/)===0?"image/jpeg":s.search(/\.webp($|\?)/i)>0||s.search(/^data\:image\/webp/)===0?"image/webp":s.search(/\.ktx2($|\?)/i)>0||s.search(/^data\:image\/ktx2/)===0?"image/ktx2":"image/png"}var Mv=new Xe,jh=class{constructor(e={},t={}){this.json=e,this.extensions={},this.plugins={},this.options=t,this.cache=new pv,this.associations=new Map,this.primitiveCache={},this.nodeCache={},this.meshCache={refs:{},uses:{}},this.cameraCache={refs:{},uses:{}},this.lightCache={refs:{},uses:{}},this.sourceCache={},this.textureCache={},this.nodeNamesUsed={};let n=!1,i=-1,r=!1,o=-1;if(typeof navigator<"u"&&typeof navigator.userAgent<"u"){let l=navigator.userAgent;n=/^((?!chrome|android).)*safari/i.test(l)===!0;let c=l.match(/Version\/(\d+)/);i=n&&c?parseInt(c[1],10):-1,r=l.indexOf("Firefox")>-1,o=r?l.match(/Firefox\/([0-9]+)\./)[1]:-1}typeof createImageBitmap>"u"||n&&i<17||r&&o<98?(this.textureLoader=new Wr(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)):(this.textureLoader=new Zr(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)),this.textureLoader.setCrossOrigin(this.options.crossOrigin),this.textureLoader.setWithCredentials(this.options.withCredentials),this.textureLoader.setRequestHeader(this.options.requestHeader),this.fileLoader=new Zs(this.options.manager),this.fileLoader.setPriority(this.options.priority),this.fileLoader.setCache(this.options.cache),this.fileLoader.setResponseType("arraybuffer"),(this.options.withCredentials||this.options.crossOrigin==="use-credentials")&&this.fileLoader.setWithCredentials(!0)}setExtensions(e){this.extensions=e}setPlugins(e){this.plugins=e}parse(e,t){let n=this,i=this.json,r=this.extensions;this.cache.removeAll(),this.nodeCache={},this._invokeAll(function(o){return o._markDefs&&o._markDefs()}),Promise.all(this._invokeAll(function(o){return o.beforeRoot&&o.beforeRoot()})).then(function(){return Promise.all([n.getDependencies("scene"),n.getDependencies("animation"),n.getDependencies("camera")])}).then(function(o){let l={scene:o[0][i.scene||0],scenes:o[0],animations:o[1],cameras:o[2],asset:i.asset,parser:n,userData:{}};return us(r,l,i),Qn(l,i),Promise.all(n._invokeAll(function(c){return c.afterRoot&&c.afterRoot(l)})).then(function(){for(let c of l.scenes)c.updateMatrixWorld();e(l)})}).catch(t)}_markDefs(){let e=this.json.nodes||[],t=this.json.skins||[],n=this.json.meshes||[];for(let i=0,r=t.length;i<r;i++){let o=t[i].joints;for(let l=0,c=o.length;l<c;l++)e[o[l]].isBone=!0}for(let i=0,r=e.length;i<r;i++){let o=e[i];o.mesh!==void 0&&(this._addNodeRef(this.meshCache,o.mesh),o.skin!==void 0&&(n[o.mesh].isSkinnedMesh=!0)),o.camera!==void 0&&this._addNodeRef(this.cameraCache,o.camera)}}_addNodeRef(e,t){t!==void 0&&(e.refs[t]===void 0&&(e.refs[t]=e.uses[t]=0),e.refs[t]++)}_getNodeRef(e,t,n){if(e.refs[t]<=1)return n;let i=n.clone(),r=(o,l)=>{let c=this.associations.get(o);c!=null&&this.associations.set(l,c);for(let[a,h]of o.children.entries())r(h,l.children[a])};return r(n,i),i.name+="_instance_"+e.uses[t]++,i}_invokeOne(e){let t=Object.values(this.plugins);t.push(this);for(let n=0;n<t.length;n++){let i=e(t[n]);if(i)return i}return null}_invokeAll(e){let t=Object.values(this.plugins);t.unshift(this);let n=[];for(let i=0;i<t.length;i++){let r=e(t[i]);r&&n.push(r)}return n}getDependency(e,t){let n=e+":"+t,i=this.cache.get(n);if(!i){switch(e){case"scene":i=this.loadScene(t);break;case"node":i=this._invokeOne(function(r){return r.loadNode&&r.loadNode(t)});break;case"mesh":i=this._invokeOne(function(r){return r.loadMesh&&r.loadMesh(t)});break;case"accessor":i=this.loadAccessor(t);break;case"bufferView":i=this._invokeOne(function(r){return r.loadBufferView&&r.loadBufferView(t)});break;case"buffer":i=this.loadBuffer(t);break;case"material":i=this._invokeOne(function(r){return r.loadMaterial&&r.loadMaterial(t)});break;case"texture":i=this._invokeOne(function(r){return r.loadTexture&&r.loadTexture(t)});break;case"skin":i=this.loadSkin(t);break;case"animation":i=this._invokeOne(function(r){return r.loadAnimation&&r.loadAnimation(t)});break;case"camera":i=this.loadCamera(t);break;default:if(i=this._invokeOne(function(r){return r!=this&&r.getDependency&&r.getDependency(e,t)}),!i)throw new Error("Unknown type: "+e);break}this.cache.add(n,i)}return i}getDependencies(e){let t=this.cache.get(e);if(!t){let n=this,i=this.json[e+(e==="mesh"?"es":"s")]||[];t=Promise.all(i.map(function(r,o){return n.getDependency(e,o)})),this.cache.add(e,t)}return t}loadBuffer(e){let t=this.json.buffers[e],n=this.fileLoader;if(t.type&&t.type!=="arraybuffer")throw new Error("THREE.GLTFLoader: "+t.type+" buffer type is not supported.");if(t.uri===void 0&&e===0)return Promise.resolve(this.extensions[Qe.KHR_BINARY_GLTF].body);let i=this.options;return new Promise(function(r,o){n.load(xi.resolveURL(t.uri,i.path),r,void 0,function(){o(new Error('THREE.GLTFLoader: Failed to load buffer "'+t.uri+'".'))})})}loadBufferView(e){let t=this.json.bufferViews[e];return this.getDependency("buffer",t.buffer).then(function(n){let i=t.byteLength||0,r=t.byteOffset||0;return n.slice(r,r+i)})}loadAccessor(e){let t=this,n=this.json,i=this.json.accessors[e];if(i.bufferView===void 0&&i.sparse===void 0){let o=wh[i.type],l=ar[i.componentType],c=i.normalized===!0,a=new l(i.count*o);return Promise.resolve(new Ht(a,o,c))}let r=[];return i.bufferView!==void 0?r.push(this.getDependency("bufferView",i.bufferView)):r.push(null),i.sparse!==void 0&&(r.push(this.getDependency("bufferView",i.sparse.indices.bufferView)),r.push(this.getDependency("bufferView",i.sparse.values.bufferView))),Promise.all(r).then(function(o){let l=o[0],c=wh[i.type],a=ar[i.componentType],h=a.BYTES_PER_ELEMENT,f=h*c,u=i.byteOffset||0,d=i.bufferView!==void 0?n.bufferViews[i.bufferView].byteStride:void 0,m=i.normalized===!0,S,p;if(d&&d!==f){let g=Math.floor(u/d),b="InterleavedBuffer:"+i.bufferView+":"+i.componentType+":"+g+":"+i.count,A=t.cache.get(b);A||(S=new a(l,g*d,i.count*d/h),A=new Hs(S,d/h),t.cache.add(b,A)),p=new Ws(A,c,u%d/h,m)}else l===null?S=new a(i.count*c):S=new a(l,u,i.count*c),p=new Ht(S,c,m);if(i.sparse!==void 0){let g=wh.SCALAR,b=ar[i.sparse.indices.componentType],A=i.sparse.indices.byteOffset||0,M=i.sparse.values.byteOffset||0,C=new b(o[1],A,i.sparse.count*g),R=new a(o[2],M,i.sparse.count*c);l!==null&&(p=new Ht(p.array.slice(),p.itemSize,p.normalized)),p.normalized=!1;for(let x=0,w=C.length;x<w;x++){let k=C[x];if(p.setX(k,R[x*c]),c>=2&&p.setY(k,R[x*c+1]),c>=3&&p.setZ(k,R[x*c+2]),c>=4&&p.setW(k,R[x*c+3]),c>=5)throw new Error("THREE.GLTFLoader: Unsupported itemSize in sparse BufferAttribute.")}p.normalized=m}return p})}loadTexture(e){let t=this.json,n=this.options,r=t.textures[e].source,o=t.images[r],l=this.textureLoader;if(o.uri){let c=n.manager.getHandler(o.uri);c!==null&&(l=c)}return this.loadTextureImage(e,r,l)}loadTextureImage(e,t,n){let i=this,r=this.json,o=r.textures[e],l=r.images[t],c=(l.uri||l.bufferView)+":"+o.sampler;if(this.textureCache[c])return this.textureCache[c];let a=this.loadImageSource(t,n).then(function(h){h.flipY=!1,h.name=o.name||l.name||"",h.name===""&&typeof l.uri=="string"&&l.uri.startsWith("data:image/")===!1&&(h.name=l.uri);let u=(r.samplers||{})[o.sampler]||{};return h.magFilter=Bp[u.magFilter]||Pt,h.minFilter=Bp[u.minFilter]||En,h.wrapS=kp[u.wrapS]||Di,h.wrapT=kp[u.wrapT]||Di,h.generateMipmaps=!h.isCompressedTexture&&h.minFilter!==St&&h.minFilter!==Pt,i.associations.set(h,{textures:e}),h}).catch(function(){return null});return this.textureCache[c]=a,a}loadImageSource(e,t){let n=this,i=this.json,r=this.options;if(this.sourceCache[e]!==void 0)return this.sourceCache[e].then(u=>u.clone());let o=i.images[e],l=self.URL||self.webkitURL,c=o.uri||"",a=!1,h;if(t.isKTX2Loader===!0&&o.bufferView!==void 0)h=n.getDependency("bufferView",o.bufferView).then(function(u){return new Promise(function(d,m){t.parse(u,d,m)})});else{if(o.bufferView!==void 0)c=n.getDependency("bufferView",o.bufferView).then(function(u){a=!0;let d=new Blob([u],{type:o.mimeType});return c=l.createObjectURL(d),c});else if(o.uri===void 0)throw new Error("THREE.GLTFLoader: Image "+e+" is missing URI and bufferView");h=Promise.resolve(c).then(function(u){return new Promise(function(d,m){let S=d;t.isImageBitmapLoader===!0&&(S=function(p){let g=new kt(p);g.needsUpdate=!0,d(g)}),t.load(xi.resolveURL(u,r.path),S,void 0,m)})})}let f=h.then(function(u){return a===!0&&l.revokeObjectURL(c),Qn(u,o),u.userData.mimeType=o.mimeType||Sv(o.uri),u}).catch(function(u){throw console.error("THREE.GLTFLoader: Couldn't load texture",c),u});return this.sourceCache[e]=f,f}assignTexture(e,t,n,i){let r=this;return this.getDependency("texture",n.index).then(function(o){if(!o)return null;if(n.texCoord!==void 0&&n.texCoord>0&&(o=o.clone(),o.channel=n.texCoord),r.extensions[Qe.KHR_TEXTURE_TRANSFORM]){let l=n.extensions!==void 0?n.extensions[Qe.KHR_TEXTURE_TRANSFORM]:void 0;if(l){let c=r.associations.get(o);o=r.extensions[Qe.KHR_TEXTURE_TRANSFORM].extendTexture(o,l),r.associations.set(o,c)}}return i!==void 0&&(o.colorSpace=i),e[t]=o,o})}assignFinalMaterial(e){let t=e.geometry,n=e.material,i=t.attributes.tangent===void 0,r=t.attributes.color!==void 0,o=t.attributes.normal===void 0;if(e.isPoints){let l="PointsMaterial:"+n.uuid,c=this.cache.get(l);c||(c=new $s,hn.prototype.copy.call(c,n),c.color.copy(n.color),c.map=n.map,c.sizeAttenuation=!1,this.cache.add(l,c)),n=c}else if(e.isLine){let l="LineBasicMaterial:"+n.uuid,c=this.cache.get(l);c||(c=new Ys,hn.prototype.copy.call(c,n),c.color.copy(n.color),c.map=n.map,this.cache.add(l,c)),n=c}if(i||r||o){let l="ClonedMaterial:"+n.uuid+":";i&&(l+="derivative-tangents:"),r&&(l+="vertex-colors:"),o&&(l+="flat-shading:");let c=this.cache.get(l);c||(c=n.clone(),r&&(c.vertexColors=!0),o&&(c.flatShading=!0),i&&(c.normalScale&&(c.normalScale.y*=-1),c.clearcoatNormalScale&&(c.clearcoatNormalScale.y*=-1)),this.cache.add(l,c),this.associations.set(c,this.associations.get(n))),n=c}e.material=n}getMaterialType(){return ns}loadMaterial(e){let t=this,n=this.json,i=this.extensions,r=n.materials[e],o,l={},c=r.extensions||{},a=[];if(c[Qe.KHR_MATERIALS_UNLIT]){let f=i[Qe.KHR_MATERIALS_UNLIT];o=f.getMaterialType(),a.push(f.extendParams(l,r,t))}else{let f=r.pbrMetallicRoughness||{};if(l.color=new Oe(1,1,1),l.opacity=1,Array.isArray(f.baseColorFactor)){let u=f.baseColorFactor;l.color.setRGB(u[0],u[1],u[2],en),l.opacity=u[3]}f.baseColorTexture!==void 0&&a.push(t.assignTexture(l,"map",f.baseColorTexture,vt)),l.metalness=f.metallicFactor!==void 0?f.metallicFactor:1,l.roughness=f.roughnessFactor!==void 0?f.roughnessFactor:1,f.metallicRoughnessTexture!==void 0&&(a.push(t.assignTexture(l,"metalnessMap",f.metallicRoughnessTexture)),a.push(t.assignTexture(l,"roughnessMap",f.metallicRoughnessTexture))),o=this._invokeOne(function(u){return u.getMaterialType&&u.getMaterialType(e)}),a.push(Promise.all(this._invokeAll(function(u){return u.extendMaterialParams&&u.extendMaterialParams(e,l)})))}r.doubleSided===!0&&(l.side=Tn);let h=r.alphaMode||Th.OPAQUE;if(h===Th.BLEND?(l.transparent=!0,l.depthWrite=!1):(l.transparent=!1,h===Th.MASK&&(l.alphaTest=r.alphaCutoff!==void 0?r.alphaCutoff:.5)),r.normalTexture!==void 0&&o!==Wn&&(a.push(t.assignTexture(l,"normalMap",r.normalTexture)),l.normalScale=new je(1,1),r.normalTexture.scale!==void 0)){let f=r.normalTexture.scale;l.normalScale.set(f,f)}if(r.occlusionTexture!==void 0&&o!==Wn&&(a.push(t.assignTexture(l,"aoMap",r.occlusionTexture)),r.occlusionTexture.strength!==void 0&&(l.aoMapIntensity=r.occlusionTexture.strength)),r.emissiveFactor!==void 0&&o!==Wn){let f=r.emissiveFactor;l.emissive=new Oe().setRGB(f[0],f[1],f[2],en)}return r.emissiveTexture!==void 0&&o!==Wn&&a.push(t.assignTexture(l,"emissiveMap",r.emissiveTexture,vt)),Promise.all(a).then(function(){let f=new o(l);return r.name&&(f.name=r.name),Qn(f,r),t.associations.set(f,{materials:e}),r.extensions&&us(i,f,r),f})}createUniqueName(e){let t=ft.sanitizeNodeName(e||"");return t in this.nodeNamesUsed?t+"_"+ ++this.nodeNamesUsed[t]:(this.nodeNamesUsed[t]=0,t)}loadGeometries(e){let t=this,n=this.extensions,i=this.primitiveCache;function r(l){return n[Qe.KHR_DRACO_MESH_COMPRESSION].decodePrimitive(l,t).then(function(c){return zp(c,l,t)})}let o=[];for(let l=0,c=e.length;l<c;l++){let a=e[l],h=vv(a),f=i[h];if(f)o.push(f.promise);else{let u;a.extensions&&a.extensions[Qe.KHR_DRACO_MESH_COMPRESSION]?u=r(a):u=zp(new cn,a,t),a.mode===Rn.TRIANGLE_STRIP?u=u.then(d=>bh(d,so)):a.mode===Rn.TRIANGLE_FAN&&(u=u.then(d=>bh(d,sr))),i[h]={primitive:a,promise:u},o.push(u)}}return Promise.all(o)}loadMesh(e){let t=this,n=this.json,i=this.extensions,r=n.meshes[e],o=r.primitives,l=[];for(let c=0,a=o.length;c<a;c++){let h=o[c].material===void 0?_v(this.cache):this.getDependency("material",o[c].material);l.push(h)}return l.push(t.loadGeometries(o)),Promise.all(l).then(async function(c){let a=c.slice(0,c.length-1),h=c[c.length-1],f=[];for(let d=0,m=h.length;d<m;d++){let S=h[d],p=o[d],g,b=a[d];if(p.mode===Rn.TRIANGLES||p.mode===Rn.TRIANGLE_STRIP||p.mode===Rn.TRIANGLE_FAN||p.mode===void 0){let A=r.isSkinnedMesh===!0,M=S.hasAttribute("skinIndex")&&S.hasAttribute("skinWeight");A&&M===!1&&console.warn("THREE.GLTFLoader: Missing skinIndex or skinWeight attributes. Skinning disabled."),g=A&&M?new Lr(S,b):new sn(S,b),g.isSkinnedMesh===!0&&g.normalizeSkinWeights()}else if(p.mode===Rn.LINES)g=new Ur(S,b);else if(p.mode===Rn.LINE_STRIP)g=new ts(S,b);else if(p.mode===Rn.LINE_LOOP)g=new Or(S,b);else if(p.mode===Rn.POINTS)g=new Fr(S,b);else throw new Error("THREE.GLTFLoader: Primitive mode unsupported: "+p.mode);Object.keys(g.geometry.morphAttributes).length>0&&yv(g,r),g.name=t.createUniqueName(r.name||"mesh_"+e),Qn(g,r),p.extensions&&us(i,g,p),t.assignFinalMaterial(g),f.push(g)}for(let d=0,m=f.length;d<m;d++)t.associations.set(f[d],{meshes:e,primitives:d});if(f.length===1)return r.extensions&&us(i,f[0],r),f[0];let u=new On;r.extensions&&us(i,u,r),t.associations.set(u,{meshes:e});for(let d=0,m=f.length;d<m;d++)u.add(f[d]);return u})}loadCamera(e){let t,n=this.json.cameras[e],i=n[n.type];if(!i){console.warn("THREE.GLTFLoader: Missing camera parameters.");return}return n.type==="perspective"?t=new It(fl.radToDeg(i.yfov),i.aspectRatio||1,i.znear||1,i.zfar||2e6):n.type==="orthographic"&&(t=new is(-i.xmag,i.xmag,i.ymag,-i.ymag,i.znear,i.zfar)),n.name&&(t.name=this.createUniqueName(n.name)),Qn(t,n),Promise.resolve(t)}loadSkin(e){let t=this.json.skins[e],n=[];for(let i=0,r=t.joints.length;i<r;i++)n.push(this._loadNodeShallow(t.joints[i]));return t.inverseBindMatrices!==void 0?n.push(this.getDependency("accessor",t.inverseBindMatrices)):n.push(null),Promise.all(n).then(function(i){let r=i.pop(),o=i,l=[],c=[];for(let a=0,h=o.length;a<h;a++){let f=o[a];if(f){l.push(f);let u=new Xe;r!==null&&u.fromArray(r.array,a*16),c.push(u)}else console.warn('THREE.GLTFLoader: Joint "%s" could not be found.',t.joints[a])}return new Nr(l,c)})}loadAnimation(e){let t=this.json,n=this,i=t.animations[e],r=i.name?i.name:"animation_"+e,o=[],l=[],c=[],a=[],h=[];for(let f=0,u=i.channels.length;f<u;f++){let d=i.channels[f],m=i.samplers[d.sampler],S=d.target,p=S.node,g=i.parameters!==void 0?i.parameters[m.input]:m.input,b=i.parameters!==void 0?i.parameters[m.output]:m.output;S.node!==void 0&&(o.push(this.getDependency("node",p)),l.push(this.getDependency("accessor",g)),c.push(this.getDependency("accessor",b)),a.push(m),h.push(S))}return Promise.all([Promise.all(o),Promise.all(l),Promise.all(c),Promise.all(a),Promise.all(h)]).then(function(f){let u=f[0],d=f[1],m=f[2],S=f[3],p=f[4],g=[];for(let A=0,M=u.length;A<M;A++){let C=u[A],R=d[A],x=m[A],w=S[A],k=p[A];if(C===void 0)continue;C.updateMatrix&&C.updateMatrix();let D=n._createAnimationTracks(C,R,x,w,k);if(D)for(let E=0;E<D.length;E++)g.push(D[E])}let b=new Hr(r,void 0,g);return Qn(b,i),b})}createNodeMesh(e){let t=this.json,n=this,i=t.nodes[e];return i.mesh===void 0?null:n.getDependency("mesh",i.mesh).then(function(r){let o=n._getNodeRef(n.meshCache,i.mesh,r);return i.weights!==void 0&&o.traverse(function(l){if(l.isMesh)for(let c=0,a=i.weights.length;c<a;c++)l.morphTargetInfluences[c]=i.weights[c]}),o})}loadNode(e){let t=this.json,n=this,i=t.nodes[e],r=n._loadNodeShallow(e),o=[],l=i.children||[];for(let a=0,h=l.length;a<h;a++)o.push(n.getDependency("node",l[a]));let c=i.skin===void 0?Promise.resolve(null):n.getDependency("skin",i.skin);return Promise.all([r,Promise.all(o),c]).then(function(a){let h=a[0],f=a[1],u=a[2];u!==null&&h.traverse(function(d){d.isSkinnedMesh&&d.bind(u,Mv)});for(let d=0,m=f.length;d<m;d++)h.add(f[d]);if(h.userData.pivot!==void 0&&f.length>0){let d=h.userData.pivot,m=f[0];h.pivot=new O().fromArray(d),h.position.x-=d[0],h.position.y-=d[1],h.position.z-=d[2],m.position.set(0,0,0),delete h.userData.pivot}return h})}_loadNodeShallow(e){let t=this.json,n=this.extensions,i=this;if(this.nodeCache[e]!==void 0)return this.nodeCache[e];let r=t.nodes[e],o=r.name?i.createUniqueName(r.name):"",l=[],c=i._invokeOne(function(a){return a.createNodeMesh&&a.createNodeMesh(e)});return c&&l.push(c),r.camera!==void 0&&l.push(i.getDependency("camera",r.camera).then(function(a){return i._getNodeRef(i.cameraCache,r.camera,a)})),i._invokeAll(function(a){return a.createNodeAttachment&&a.createNodeAttachment(e)}).forEach(function(a){l.push(a)}),this.nodeCache[e]=Promise.all(l).then(function(a){let h;if(r.isBone===!0?h=new Xs:a.length>1?h=new On:a.length===1?h=a[0]:h=new gt,h!==a[0])for(let f=0,u=a.length;f<u;f++)h.add(a[f]);if(r.name&&(h.userData.name=r.name,h.name=o),Qn(h,r),r.extensions&&us(n,h,r),r.matrix!==void 0){let f=new Xe;f.fromArray(r.matrix),h.applyMatrix4(f)}else r.translation!==void 0&&h.position.fromArray(r.translation),r.rotation!==void 0&&h.quaternion.fromArray(r.rotation),r.scale!==void 0&&h.scale.fromArray(r.scale);if(!i.associations.has(h))i.associations.set(h,{});else if(r.mesh!==void 0&&i.meshCache.refs[r.mesh]>1){let f=i.associations.get(h);i.associations.set(h,{...f})}return i.associations.get(h).nodes=e,h}),this.nodeCache[e]}loadScene(e){let t=this.extensions,n=this.json.scenes[e],i=this,r=new On;n.name&&(r.name=i.createUniqueName(n.name)),Qn(r,n),n.extensions&&us(t,r,n);let o=n.nodes||[],l=[];for(let c=0,a=o.length;c<a;c++)l.push(i.getDependency("node",o[c]));return Promise.all(l).then(function(c){for(let h=0,f=c.length;h<f;h++){let u=c[h];u.parent!==null?r.add(Up(u)):r.add(u)}let a=h=>{let f=new Map;for(let[u,d]of i.associations)(u instanceof hn||u instanceof kt)&&f.set(u,d);return h.traverse(u=>{let d=i.associations.get(u);d!=null&&f.set(u,d)}),f};return i.associations=a(r),r})}_createAnimationTracks(e,t,n,i,r){let o=[],l=e.name?e.name:e.uuid,c=[];function a(d){d.morphTargetInfluences&&c.push(d.name?d.name:d.uuid)}ki[r.path]===ki.weights?(a(e),e.isGroup&&e.children.forEach(a)):c.push(l);let h;switch(ki[r.path]){case ki.weights:h=mi;break;case ki.rotation:h=gi;break;case ki.translation:case ki.scale:h=Oi;break;default:n.itemSize===1?h=mi:h=Oi;break}let f=i.interpolation!==void 0?gv[i.interpolation]:ji,u=this._getArrayFromAccessor(n);for(let d=0,m=c.length;d<m;d++){let S=new h(c[d]+"."+ki[r.path],t.array,u,f);i.interpolation==="CUBICSPLINE"&&this._createCubicSplineTrackInterpolant(S),o.push(S)}return o}_getArrayFromAccessor(e){let t=e.array;if(e.normalized){let n=Jh(t.constructor),i=new Float32Array(t.length);for(let r=0,o=t.length;r<o;r++)i[r]=t[r]*n;t=i}return t}_createCubicSplineTrackInterpolant(e){e.createInterpolant=function(n){let i=this instanceof gi?Kh:Sl;return new i(this.times,this.values,this.getValueSize()/3,n)},e.createInterpolant.isInterpolantFactoryMethodGLTFCubicSpline=!0}};function bv(s,e,t){let n=e.attributes,i=new nn;if(n.POSITION!==void 0){let l=t.json.accessors[n.POSITION],c=l.min,a=l.max;if(c!==void 0&&a!==void 0){if(i.set(new O(c[0],c[1],c[2]),new O(a[0],a[1],a[2])),l.normalized){let h=Jh(ar[l.componentType]);i.min.multiplyScalar(h),i.max.multiplyScalar(h)}}else{console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.");return}}else return;let r=e.targets;if(r!==void 0){let l=new O,c=new O;for(let a=0,h=r.length;a<h;a++){let f=r[a];if(f.POSITION!==void 0){let u=t.json.accessors[f.POSITION],d=u.min,m=u.max;if(d!==void 0&&m!==void 0){if(c.setX(Math.max(Math.abs(d[0]),Math.abs(m[0]))),c.setY(Math.max(Math.abs(d[1]),Math.abs(m[1]))),c.setZ(Math.max(Math.abs(d[2]),Math.abs(m[2]))),u.normalized){let S=Jh(ar[u.componentType]);c.multiplyScalar(S)}l.max(c)}else console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.")}}i.expandByVector(l)}s.boundingBox=i;let o=new ln;i.getCenter(o.center),o.radius=i.min.distanceTo(i.max)/2,s.boundingSphere=o}function zp(s,e,t){let n=e.attributes,i=[];function r(o,l){return t.getDependency("accessor",o).then(function(c){s.setAttribute(l,c)})}for(let o in n){let l=Zh[o]||o.toLowerCase();l in s.attributes||i.push(r(n[o],l))}if(e.indices!==void 0&&!s.index){let o=t.getDependency("accessor",e.indices).then(function(l){s.setIndex(l)});i.push(o)}return Je.workingColorSpace!==en&&"COLOR_0"in n&&console.warn(`THREE.GLTFLoader: Converting vertex colors from "srgb-linear" to "${Je.workingColorSpace}" not supported.`),Qn(s,e),bv(s,e,t),Promise.all(i).then(function(){return e.targets!==void 0?xv(s,e.targets,t):s})}var Ml=class{constructor(e){this.canvas=e,this.renderer=new gl({canvas:e,antialias:!0,preserveDrawingBuffer:!0}),this.renderer.outputColorSpace=vt,this.scene=new Cr,this.scene.background=new Oe(2106412),this.camera=new It(28,1,.01,100),this.scene.add(new Xr(16777215,4210768,1.2),new Kr(16777215,.25));let t=new ss(16777215,1.6);t.position.set(.6,.8,1.2),this.scene.add(t),this.nodes={},this.rest={},this.rig=null,this.head=null}async load(e){let t=await new yl().loadAsync(e);if(this.scene.add(t.scene),this.rig=t.scene.userData.spatiusRig??t.scenes?.[0]?.userData?.spatiusRig,!this.rig)throw new Error("head.glb carries no spatiusRig data");t.scene.traverse(l=>{l.name&&(this.nodes[l.name]=this.nodes[l.name]??l),l.morphTargetDictionary&&l.morphTargetDictionary.jawOpen!==void 0&&(this.head=l)});for(let l of this.rig.rotations){let c=this.nodes[l.node];c&&(this.rest[l.node]=c.quaternion.clone())}if(!this.head)throw new Error("head.glb has no mesh with ARKit morph targets");this.morphIndex=ni.map(l=>this.head.morphTargetDictionary[l]);let n=new nn().setFromObject(t.scene),i=n.getSize(new O),r=n.getCenter(new O),o=Math.max(i.x,i.y)*1.25/(2*Math.tan(this.camera.fov*Math.PI/360));return this.camera.position.set(r.x,r.y,r.z+i.z/2+o),this.camera.lookAt(r),this.rig}apply({weights:e,rotations:t}){if(!this.head)return;let n=this.head.morphTargetInfluences;this.morphIndex.forEach((r,o)=>{r!==void 0&&(n[r]=e[o])});let i=new tn;for(let[r,[o,l,c,a]]of Object.entries(t)){let h=this.nodes[r];h&&h.quaternion.copy(this.rest[r]).multiply(i.set(o,l,c,a))}}render(){let{clientWidth:e,clientHeight:t}=this.canvas;e&&t&&(this.canvas.width!==e*devicePixelRatio||this.canvas.height!==t*devicePixelRatio)&&(this.renderer.setPixelRatio(devicePixelRatio),this.renderer.setSize(e,t,!1),this.camera.aspect=e/t,this.camera.updateProjectionMatrix()),this.renderer.render(this.scene,this.camera)}};var lr=16e3,Qh=lr*100/1e3,wv=2,Tv=3e3,Ev=100,Av=64,Hp=ni.indexOf("jawOpen"),Wt=s=>document.getElementById(s),Mt={state:"loading",keyframes:0,lastArkit:{},errors:[],underruns:0,firstKeyframeMs:null,history:[],get buffered(){return _n.player?_n.player.buffered:0},get audioPlaying(){return!!_n.playback},start:s=>_n.start(s),stop:()=>_n.stop(),interrupt:()=>_n.interrupt()};window.spatiusDemo=Mt;var eu=class{constructor(){this.view=new Ml(Wt("view")),this.run=0,this.session=null,this.player=null,this.source=null,this.ctx=null,this.rig=null,this.reqStarts=new Map}async init(){try{this.rig=await this.view.load("head.glb"),this.setState("idle")}catch(e){this.report(new Gt("failedToDownloadAvatarAssets",`the head could not be loaded: ${e.message}`)),this.setState("error")}requestAnimationFrame(()=>this.frame())}setState(e,t){Mt.state=e,Wt("stat-state").textContent=e;let n=!["idle","loading","error","closed"].includes(e);Wt("interrupt").disabled=!n,Wt("stop").disabled=!n,t!==void 0&&(Wt("status").textContent=t)}report(e){Mt.errors.push({code:e.code??"error",closeCode:e.closeCode??0,httpStatus:e.httpStatus??0,message:Wl(e)}),Mt.errors.length>Ev&&Mt.errors.shift(),Wt("alert").textContent=Wl(e)}async start(e){if(e!=="mic"&&e!=="sample")throw new TypeError('source must be "mic" or "sample"');if(!this.rig)throw new Error("the head is not loaded");this.stop();let t=++this.run;Wt("alert").textContent="",Mt.firstKeyframeMs=null,Wt("stat-latency").textContent="-",this.source=e,this.attempt=0,this.ctx=this.ctx??new AudioContext,await this.ctx.resume(),await this.open(t)}async open(e){this.setState("connecting","Connecting...");try{let t=await Tf(location.origin);if(e!==this.run)return;let n=new Mo({ingressUrl:new URL("/v2/driveningress",location.href).href,...t,sampleRate:lr,arkit:!0});if(n.addEventListener("animation",i=>this.onAnimation(i.detail)),n.addEventListener("error",i=>this.report(i.detail)),n.addEventListener("close",i=>this.onClose(n,e,i.detail)),await n.connect(),e!==this.run)return n.close();this.session=n,this.attempt=0,this.player=new bo({onStart:(i,r)=>this.onPlaybackStart(i,r),onPass:(i,r)=>this.played(i,r)}),this.shown=null,this.source==="mic"?await this.startMic(e):await this.startSample(e)}catch(t){if(e!==this.run)return;if(this.stopSources(),this.session){let n=this.session;this.session=null,n.close(1e3)}if(this.report(t),t.retryable&&(t.closeCode===4503||this.attempt>0))return this.reconnect(e);this.setState("closed","Not connected.")}}onClose(e,t,{error:n}){if(!(e!==this.session||t!==this.run)){if(this.session=null,this.stopSources(),this.player?.clear(),!n)return this.setState("closed","The session ended.");if(n!==e.serverError&&this.report(n),n.closeCode===4503)return this.reconnect(t);this.setState("closed","The session ended.")}}reconnect(e){if(this.attempt>=6)return this.setState("closed","The server stayed unavailable; press Start to try again.");let t=Cf(this.attempt++);this.setState("reconnecting",`Server unavailable; reconnecting in ${t} s (attempt ${this.attempt} of ${6}).`),this.reconnectTimer=setTimeout(()=>e===this.run&&this.open(e),t*1e3)}async startMic(e){let t;try{t=await navigator.mediaDevices.getUserMedia({audio:{channelCount:1,echoCancellation:!0}})}catch(o){return this.report(new Gt("microphoneUnavailable",o.message)),this.source="sample",this.startSample(e)}if(e!==this.run)return t.getTracks().forEach(o=>o.stop());this.workletLoaded||(await this.ctx.audioWorklet.addModule("capture-worklet.js"),this.workletLoaded=!0);let n=this.ctx.createMediaStreamSource(t),i=new AudioWorkletNode(this.ctx,"spatius-capture",{processorOptions:{targetRate:lr,chunkMs:100}}),r=this.ctx.createGain();r.gain.value=0,n.connect(i).connect(r).connect(this.ctx.destination),i.port.onmessage=o=>o.data instanceof Int16Array&&this.send(o.data,!1),this.capture={stream:t,input:n,node:i,mute:r},this.setState("streaming","Listening: speak and watch the head.")}async startSample(e){if(!this.sample){let c=await fetch("sample.wav"),{sampleRate:a,samples:h}=pu(await c.arrayBuffer());this.sample=a===lr?h:Rv(h,a,lr)}if(e!==this.run)return;let t=this.sample,n=this.ctx.createBuffer(1,t.length,lr);n.copyToChannel(Al(t),0),this.sampleBuffer=n;let i=Math.ceil(t.length/Qh),r=performance.now(),o=0,l=()=>{if(this.pacer=null,e!==this.run||!this.session)return;let c=o===i-1;this.send(t.subarray(o*Qh,(o+1)*Qh),c),o++,c||(this.pacer=setTimeout(l,Math.max(0,r+(o-wv)*100-performance.now())))};l(),this.setState("playing","Playing the sample.")}send(e,t){if(this.session)try{let n=this.session.sendAudio(e,{end:t});this.reqStarts.has(n)||(this.reqStarts.set(n,performance.now()-(this.source==="mic"?100:0)),this.reqStarts.size>Av&&this.reqStarts.delete(this.reqStarts.keys().next().value),this.sampleReqId=this.source==="sample"?n:null)}catch{}}onAnimation({reqId:e,end:t,keyframes:n}){if(!this.player)return;let i=performance.now();Mt.firstKeyframeMs===null&&n.length&&this.reqStarts.has(e)&&(Mt.firstKeyframeMs=Math.round(i-this.reqStarts.get(e)-(this.source==="mic"?100:0)),Wt("stat-latency").textContent=`${Mt.firstKeyframeMs} ms`);let r=this.reqStarts.get(e)??i;for(let o of n)o.lagS=(i-r)/1e3-o.time;Mt.keyframes+=n.length,!this.player.add(e,n,t,this.ctx.currentTime)&&!this.overflowReported&&(this.overflowReported=!0,this.report(new Gt("bufferFull","keyframes arrive faster than they play; some were dropped")))}played(e,t){let n=t.arkit?t.arkit[Hp]:Hl(Gl(t.flame),null,this.rig).weights[Hp];Mt.history.push({reqId:e,index:t.index,t:t.time,jawOpen:n,lagS:t.lagS}),Mt.history.length>Tv&&Mt.history.shift()}onPlaybackStart(e,t){if(e!==this.sampleReqId||!this.sampleBuffer)return;let n=this.ctx.createBufferSource();n.buffer=this.sampleBuffer,n.connect(this.ctx.destination),n.start(t),n.onended=()=>{this.playback===n&&Mt.state==="playing"&&(this.stop(),this.setState("idle","The sample has played. Choose the microphone or the sample."))},this.playback=n}interrupt(){this.session&&(this.session.interrupt(),this.player?.clear(),this.source==="sample"&&(this.stopSources(),this.setState("interrupted","Interrupted. Choose the microphone or the sample.")))}stopSources(){if(clearTimeout(this.pacer),clearTimeout(this.reconnectTimer),this.playback){let e=this.playback;this.playback=null;try{e.stop()}catch{}}if(this.capture){let{stream:e,input:t,node:n,mute:i}=this.capture;this.capture=null,n.port.onmessage=null,t.disconnect(),n.disconnect(),i.disconnect(),e.getTracks().forEach(r=>r.stop())}}stop(){if(this.run++,this.stopSources(),this.player?.clear(),this.session){let e=this.session;this.session=null,e.close(1e3)}Mt.state!=="loading"&&Mt.state!=="error"&&this.setState("idle","Stopped.")}frame(){if(requestAnimationFrame(()=>this.frame()),this.player&&this.ctx&&this.rig){let e=this.player.frameAt(this.ctx.currentTime);if(e&&e!==this.shown){this.shown=e;let t=Hl(Gl(e.flame),e.arkit,this.rig);this.view.apply(t),Mt.lastArkit=bf(e.arkit??t.weights),Wt("stat-jaw").value=Mt.lastArkit.jawOpen??0}Mt.underruns=this.player.underruns}this.rig&&this.view.render(),Wt("stat-keyframes").textContent=Mt.keyframes,Wt("stat-buffered").textContent=this.player?this.player.buffered:0,Wt("stat-underruns").textContent=Mt.underruns}};function Rv(s,e,t){let n=new po(e,t),i=Al(s),r=n.push(i),o=n.flush(),l=new Float32Array(r.length+o.length);return l.set(r),l.set(o,r.length),du(l)}var _n=new eu,bl=s=>_n.start(s).catch(e=>_n.report(e));Wt("mic").addEventListener("click",()=>bl("mic"));Wt("sample").addEventListener("click",()=>bl("sample"));Wt("interrupt").addEventListener("click",()=>_n.interrupt());Wt("stop").addEventListener("click",()=>_n.stop());document.addEventListener("keydown",s=>{if(s.ctrlKey||s.metaKey||s.altKey||s.target.closest?.("input, textarea, select"))return;let e={m:()=>bl("mic"),s:()=>bl("sample"),i:()=>_n.interrupt(),Escape:()=>_n.stop()}[s.key];e&&(s.preventDefault(),e())});_n.init();
