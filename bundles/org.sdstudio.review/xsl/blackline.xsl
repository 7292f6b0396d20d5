<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML blackline: one self-contained file (inline CSS, no script, nothing fetched) a reviewer opens in any
     browser or prints. Input: the XML form of a comparison (BlacklineXml). It is a review copy, never an EDGAR
     document, and says so in its header. Parameter show-unchanged: unchanged parts in full, not only their titles. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="xs">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:param name="show-unchanged" as="xs:boolean" select="false()"/>

  <xsl:template match="/blackline">
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title>Blackline: <xsl:value-of select="@new"/> against <xsl:value-of select="@old"/></title>
        <style>
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.45; margin: 2em auto; max-width: 50em; color: #1b1b1b; }
header { border-bottom: 2px solid #444; margin-bottom: 1.5em; }
.notice { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; background: #fff4ce; border: 1px solid #d8b100; padding: .4em .7em; }
h1 { font-size: 16pt; margin: .3em 0; }
h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #bbb; }
h3 { font-size: 11pt; }
table { border-collapse: collapse; margin: .6em 0; font-size: 10pt; }
th, td { border: 1px solid #999; padding: .15em .45em; vertical-align: top; text-align: left; }
.num { text-align: right; }
ins, .ins { color: #0b5394; text-decoration: underline; text-decoration-thickness: 2px; }
del, .del { color: #b3261e; text-decoration: line-through; }
.fmt { border-bottom: 2px dotted #7b3fa0; }
.n { font-family: Arial, Helvetica, sans-serif; font-size: 7pt; color: #666; vertical-align: super; }
.li { margin: .2em 0 .2em 2em; text-indent: -1.2em; }
.li.level1 { margin-left: 4em; }
.status { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; font-weight: normal; color: #555; }
.unchanged-part { color: #666; }
tr.inserted td { background: #e6f0fa; }
tr.deleted td { background: #fbe9e7; text-decoration: line-through; }
.link { border-bottom: 1px solid #999; }
@media print { .notice { background: none; } }
        </style>
      </head>
      <body>
        <header>
          <p class="notice">Blackline for review. This is not an EDGAR document and is not to be filed.
            Insertions are <ins>underlined</ins>, deletions <del>struck through</del>, formatting changes
            <span class="fmt">dotted</span>; small numbers are change numbers.</p>
          <h1>Blackline</h1>
          <p><b>New:</b><xsl:text> </xsl:text><xsl:value-of select="@new"/><br/><b>Against:</b><xsl:text> </xsl:text><xsl:value-of select="@old"/><br/>
            <b>Made:</b><xsl:text> </xsl:text><xsl:value-of select="format-dateTime(xs:dateTime(@generated), '[Y0001]-[M01]-[D01] [H01]:[m01] UTC')"/></p>
        </header>
        <xsl:apply-templates select="summary"/>
        <xsl:if test="field">
          <h2>Cover</h2>
          <table>
            <tr><th>Field</th><th>Was</th><th>Is</th></tr>
            <xsl:for-each select="field">
              <tr><td><xsl:value-of select="@name"/></td><td class="del"><xsl:value-of select="@old"/></td>
                <td class="ins"><xsl:value-of select="@new"/></td></tr>
            </xsl:for-each>
          </table>
        </xsl:if>
        <xsl:apply-templates select="part"/>
        <xsl:apply-templates select="annex"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="summary">
    <h2>Summary</h2>
    <p><xsl:value-of select="@parts-changed"/> of <xsl:value-of select="@parts"/> parts changed;
      <xsl:value-of select="@words-inserted"/> words inserted, <xsl:value-of select="@words-deleted"/> deleted.</p>
    <table>
      <tr><th>Part</th><th>Status</th><th class="num">Words inserted</th><th class="num">Words deleted</th><th class="num">Changes</th></tr>
      <xsl:for-each select="../part[@status != 'unchanged']">
        <tr>
          <td><a href="#{@id}"><xsl:value-of select="@label"/></a></td>
          <td><xsl:value-of select="replace(@status, '-', ' ')"/></td>
          <td class="num"><xsl:value-of select="@words-inserted"/></td>
          <td class="num"><xsl:value-of select="@words-deleted"/></td>
          <td class="num"><xsl:value-of select="@changes"/></td>
        </tr>
      </xsl:for-each>
    </table>
    <xsl:for-each select="../annex">
      <p>Annex A: <xsl:value-of select="@added"/> rows added, <xsl:value-of select="@removed"/> removed,
        <xsl:value-of select="@status-changed"/> with a changed status, <xsl:value-of select="@changed"/> otherwise
        changed, <xsl:value-of select="@unchanged"/> unchanged.</p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="part[@status = ('unchanged', 'no-base')][not($show-unchanged)]">
    <h2 id="{@id}" class="unchanged-part"><xsl:value-of select="@label"/>
      <span class="status"> (<xsl:value-of select="if (@status = 'no-base') then 'no approved revision to compare with' else 'unchanged'"/>)</span></h2>
  </xsl:template>

  <xsl:template match="part">
    <h2 id="{@id}"><xsl:value-of select="@label"/>
      <span class="status"> (<xsl:value-of select="replace(@status, '-', ' ')"/>
        <xsl:if test="@matched-by and @matched-by != 'id'">; matched by <xsl:value-of select="@matched-by"/></xsl:if>)</span></h2>
    <xsl:if test="@title-changed = 'true'">
      <p><b>Title:</b><xsl:text> </xsl:text><del><xsl:value-of select="@old-title"/></del><xsl:text> </xsl:text><ins><xsl:value-of select="@new-title"/></ins></p>
    </xsl:if>
    <xsl:apply-templates select="p | table"/>
  </xsl:template>

  <xsl:template match="p">
    <xsl:variable name="class" select="string-join(('li'[current()/@marker or current()/@level], ('level' || current()/@level)[current()/@level]), ' ')"/>
    <xsl:variable name="content">
      <xsl:if test="@kind = 'changed' and @was"><span class="fmt" title="was {@was}">¶</span><span class="n"><xsl:value-of select="@n"/></span> </xsl:if>
      <xsl:if test="@marker"><xsl:value-of select="@marker"/><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="*"/>
      <xsl:if test="@kind = ('inserted', 'deleted')"><span class="n"><xsl:value-of select="@n"/></span></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@shape = 'heading'"><h3><xsl:copy-of select="$content"/></h3></xsl:when>
      <xsl:otherwise><p>
        <xsl:if test="$class != ''"><xsl:attribute name="class" select="$class"/></xsl:if>
        <xsl:copy-of select="$content"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="eq">
    <xsl:call-template name="formatted"/>
  </xsl:template>

  <xsl:template match="ins | del">
    <xsl:variable name="last" select="not(following-sibling::*[1][@n = current()/@n])"/>
    <xsl:element name="{local-name()}">
      <xsl:call-template name="formatted"/>
    </xsl:element>
    <xsl:if test="$last and not(parent::p/@kind = ('inserted', 'deleted')) and not(ancestor::row/@kind = ('inserted', 'deleted'))">
      <span class="n"><xsl:value-of select="@n"/></span></xsl:if>
  </xsl:template>

  <xsl:template match="fmt">
    <span class="fmt" title="was {@was}; now {@now}"><xsl:call-template name="formatted"/></span>
    <span class="n"><xsl:value-of select="@n"/></span>
  </xsl:template>

  <xsl:template name="formatted">
    <xsl:variable name="t" as="node()*"><xsl:value-of select="."/></xsl:variable>
    <xsl:variable name="t" as="node()*"><xsl:choose><xsl:when test="@link"><span class="link" title="link to {@link}"><xsl:sequence select="$t"/></span></xsl:when><xsl:otherwise><xsl:sequence select="$t"/></xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="t" as="node()*"><xsl:choose><xsl:when test="@u"><u><xsl:sequence select="$t"/></u></xsl:when><xsl:otherwise><xsl:sequence select="$t"/></xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="t" as="node()*"><xsl:choose><xsl:when test="@i"><i><xsl:sequence select="$t"/></i></xsl:when><xsl:otherwise><xsl:sequence select="$t"/></xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:choose><xsl:when test="@b"><b><xsl:sequence select="$t"/></b></xsl:when><xsl:otherwise><xsl:sequence select="$t"/></xsl:otherwise></xsl:choose>
  </xsl:template>

  <xsl:template match="table">
    <table>
      <xsl:for-each select="row">
        <tr>
          <xsl:if test="@kind = ('inserted', 'deleted')"><xsl:attribute name="class" select="@kind"/></xsl:if>
          <xsl:for-each select="cell">
            <xsl:element name="{if (../@header = 'true') then 'th' else 'td'}">
              <xsl:apply-templates select="*"/>
              <xsl:if test="position() = last() and ../@n"><span class="n"><xsl:value-of select="../@n"/></span></xsl:if>
            </xsl:element>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="annex">
    <h2 id="annex-a-changes">Annex A changes</h2>
    <h3>Listed facilities by metal and status</h3>
    <table>
      <tr><th>Metal</th><th>Status</th><th class="num">Before</th><th class="num">After</th></tr>
      <xsl:for-each select="count">
        <tr><td><xsl:value-of select="@metal"/></td><td><xsl:value-of select="@status"/></td>
          <td class="num"><xsl:value-of select="@before"/></td>
          <td class="num"><xsl:if test="@before != @after"><xsl:attribute name="class" select="'num ins'"/></xsl:if><xsl:value-of select="@after"/></td></tr>
      </xsl:for-each>
    </table>
    <xsl:if test="row">
      <h3>Rows</h3>
      <table>
        <tr><th>Change</th><th>Metal</th><th>Facility</th><th>Country</th><th>Smelter ID</th><th>Status</th><th>What changed</th></tr>
        <xsl:for-each select="row">
          <tr>
            <xsl:if test="@kind = 'added'"><xsl:attribute name="class" select="'inserted'"/></xsl:if>
            <xsl:if test="@kind = 'removed'"><xsl:attribute name="class" select="'deleted'"/></xsl:if>
            <td><xsl:value-of select="replace(@kind, '-', ' ')"/></td>
            <td><xsl:value-of select="@metal"/></td><td><xsl:value-of select="@facility"/></td>
            <td><xsl:value-of select="@country"/></td><td><xsl:value-of select="@smelter-id"/></td>
            <td><xsl:value-of select="@status"/></td>
            <td><xsl:value-of select="string-join(field, '; ')"/>
              <xsl:if test="@matched-by"> (matched by <xsl:value-of select="@matched-by"/>)</xsl:if></td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
