<?xml version="1.0" encoding="utf-8"?>
<!-- hxlive: one stylesheet turns a room's data document into its page, its chat fragments
     and its shop page. The data is XML (built by __init__.py); nothing here holds wording. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="utf-8" omit-xml-declaration="yes"/>
  <xsl:param name="root" select="'/f/hxlive'"/>

  <xsl:template match="/room">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="@title"/></title>
        <meta name="viewport" content="width=device-width,initial-scale=1"/>
        <link rel="stylesheet" href="{$root}/static/hxr.css"/>
        <script src="{$root}/static/hx.js" defer="defer"></script>
      </head>
      <body class="hxr-room">
        <header class="hxr-head">
          <b class="hxr-title"><xsl:value-of select="@title"/></b>
          <span class="hxr-anchor">主播 <xsl:value-of select="@host"/></span>
          <a class="hxr-shop" href="{$root}/hx/{@key}/shop.html">店铺 · 小黄车</a>
        </header>
        <section class="hxr-stage">
          <div class="hxr-video" role="img" aria-label="直播画面"></div>
          <p id="hxr-cap" class="hxr-cap"></p>
        </section>
        <div id="hxr-pin" class="hxr-pin"></div>
        <div class="hxr-viewers" hx-get="{$root}/hx/{@key}/stat.html" hx-trigger="every 1s"
             hx-swap="innerHTML">在线</div>
        <ol id="hxr-chat" class="hxr-chat">
          <li class="hxr-more" hx-get="{$root}/hx/{@key}/chat/0.html" hx-trigger="load"
              hx-swap="outerHTML"></li>
        </ol>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/frag">
    <frag>
      <xsl:apply-templates select="line|cap|pin"/>
      <xsl:if test="@next">
        <li class="hxr-more" hx-get="{$root}/hx/{@key}/chat/{@next}.html"
            hx-trigger="load delay:300ms" hx-swap="outerHTML"></li>
      </xsl:if>
    </frag>
  </xsl:template>

  <xsl:template match="line">
    <li class="hxr-line hxr-by-{@tone}">
      <abbr class="hxr-tag" title="{@role}"><xsl:value-of select="@short"/></abbr>
      <cite class="hxr-nick"><xsl:value-of select="@nick"/></cite>
      <q class="hxr-words"><xsl:value-of select="."/></q>
    </li>
  </xsl:template>

  <xsl:template match="cap">
    <p id="hxr-cap" class="hxr-cap" hx-swap-oob="true"><xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="pin">
    <div id="hxr-pin" class="hxr-pin" hx-swap-oob="true">
      <b>置顶</b><span><xsl:value-of select="."/></span>
    </div>
  </xsl:template>

  <xsl:template match="/shop">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="@name"/> 店铺</title>
        <link rel="stylesheet" href="{$root}/static/hxr.css"/>
      </head>
      <body class="hxr-store">
        <h1 class="hxr-store-name"><xsl:value-of select="@name"/></h1>
        <h2>店铺资质</h2>
        <xsl:choose>
          <xsl:when test="field">
            <table class="hxr-lic">
              <xsl:for-each select="field">
                <tr><th><xsl:value-of select="@k"/></th><td><xsl:value-of select="."/></td></tr>
              </xsl:for-each>
            </table>
          </xsl:when>
          <xsl:otherwise><p class="hxr-none"><xsl:value-of select="@empty"/></p></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="party">
          <p class="hxr-party"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <h2>在售商品</h2>
        <ul class="hxr-goods">
          <xsl:for-each select="good">
            <li><b><xsl:value-of select="@name"/></b> <span><xsl:value-of select="@price"/></span>
              <xsl:for-each select="say"><p><xsl:value-of select="."/></p></xsl:for-each>
            </li>
          </xsl:for-each>
        </ul>
        <a class="hxr-back" href="{$root}/hx/{@key}/">回到直播间</a>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
