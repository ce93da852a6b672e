// Material's helpers for stored settings, as its head script defines them,
// with the site's root found from this file's address (it lives two folders
// down) instead of from each page's base URL: the same on a server and from
// a copy on disk, and one file instead of 300 bytes in every page.
__md_scope=new URL("../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
