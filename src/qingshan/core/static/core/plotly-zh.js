// plotly.js speaks English only unless a locale is registered; this is its Simplified Chinese for the toolbar and
// the date axes (the plotly package ships no locale files). Served right after plotly.min.js by core.views, and
// made the default on pages whose <html lang> is Chinese.
(function () {
  if (typeof Plotly === "undefined") return;
  Plotly.register({
    moduleType: "locale",
    name: "zh-CN",
    dictionary: {  // the strings plotly.js v3/v4 localizes (its toolbar and messages), as found in plotly.min.js
      "Autoscale": "自动缩放", "Box Select": "矩形框选", "Compare data on hover": "悬停时比较数据",
      "Download plot as JSON": "下载为JSON", "Download plot as a PNG": "下载为PNG图片", "Download plot": "下载图表",
      "Draw circle": "画圆", "Draw closed freeform": "画闭合自由形状", "Draw line": "画线",
      "Draw open freeform": "画开放自由形状", "Draw rectangle": "画矩形", "Erase active shape": "擦除所选形状",
      "Image download succeeded": "图片已下载", "JSON download succeeded": "JSON 已下载", "Lasso Select": "套索选择",
      "Orbital rotation": "轨道旋转", "Pan": "平移", "Preparing image - this may take a few seconds": "正在生成图片,请稍候",
      "Reset axes": "重置坐标轴", "Reset camera to default": "重置视角", "Reset camera to last save": "恢复上次保存的视角",
      "Reset view": "重置视图", "Reset views": "重置视图", "Reset": "重置", "Share chart...": "分享图表…",
      "Show closest data on hover": "悬停时显示最近的数据",
      "Sorry, there was a problem downloading your JSON file!": "抱歉,JSON 下载出错!",
      "Sorry, there was a problem downloading your image!": "抱歉,图片下载出错!",
      "Toggle Spike Lines": "显示/隐藏辅助线", "Toggle show closest data on hover": "切换悬停显示最近数据",
      "Turntable rotation": "转盘旋转", "Zoom in": "放大", "Zoom out": "缩小", "Zoom": "缩放",
      "Double-click to zoom back out": "双击还原", "Double-click on legend to isolate one trace": "双击图例单独显示"
    },
    format: {
      days: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
      shortDays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
      months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
      shortMonths: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
      date: "%Y-%m-%d", decimal: ".", thousands: ","
    }
  });
  var lang = (document.documentElement.getAttribute("lang") || "").toLowerCase();
  if (lang.indexOf("zh") === 0) Plotly.setPlotConfig({locale: "zh-CN"});
})();
