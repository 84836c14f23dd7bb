dnl yushou's page macros. Every value is passed quoted; markup arguments are quoted markup.
define(`YS_PAGE', `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>$1</title><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/f/yushou/static/ys.css"></head><body class="YS-body">$2</body></html>')dnl
define(`YS_BAR', `<header class="YS-bar"><b class="YS-bar__shop">$1</b><span class="YS-bar__plat">$2</span><nav class="YS-bar__nav">$3</nav></header>')dnl
define(`YS_LINK', `<a class="YS-link" href="$1">$2</a>')dnl
define(`YS_SEC', `<section class="YS-sec"><h2 class="YS-sec__h">$1</h2>$2</section>')dnl
define(`YS_P', `<p class="YS-p">$1</p>')dnl
define(`YS_GOOD', `<article class="YS-good"><h3 class="YS-good__name">$1</h3><p class="YS-good__price">$2</p>$3</article>')dnl
define(`YS_STEPS', `<ol class="YS-steps"><li class="YS-step YS-step--on">付定金 $1</li><li class="YS-step">付尾款 $2</li><li class="YS-step">发货 $3</li></ol>')dnl
define(`YS_POP', `<button class="YS-pop__btn" type="button" popovertarget="$1">$2</button><div class="YS-pop" id="$1" popover>$3</div>')dnl
define(`YS_ROW', `<tr class="YS-lic__row"><th>$1</th><td>$2</td></tr>')dnl
define(`YS_LIC', `<table class="YS-lic">$1</table>')dnl
define(`YS_ASK', `<li class="YS-ask YS-ask--$1"><b class="YS-ask__who">$2</b>$3</li>')dnl
define(`YS_ASKS', `<ul class="YS-asks">$1</ul>')dnl
