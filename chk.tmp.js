const echarts=require('echarts');const PDF=require('pdfkit');const S=require('svg-to-pdfkit');const fs=require('fs');
const pdf=new PDF({size:'A4',layout:'landscape',margin:40});pdf.pipe(fs.createWriteStream('/tmp/chk.pdf'));
const w=pdf.page.width-80, h=240;
const i=echarts.init(null,null,{renderer:'svg',ssr:true,width:w,height:h});
i.setOption({animation:false,xAxis:{type:'category',data:['a','b']},yAxis:{type:'value'},series:[{type:'bar',data:[1,5]}]});
const svg=i.renderToSVGString(); console.log(svg.slice(0,200));
S(pdf,svg,40,40,{width:w,height:h}); pdf.rect(40,40,w,h).stroke(); pdf.end();
