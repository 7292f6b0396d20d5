<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by sd.xsl and ex101.xsl: structured text (paragraphs of runs, lists, tables) as EDGAR HTML, and the
  serialization every EDGAR document gets.

  EDGAR rules kept here (EDGAR Filer Manual, Volume II, section 5.2): only elements of EDGAR's HTML subset (no span, tbody, style
  element), inline styles only, no namespace declaration (every result element is in no namespace and
  exclude-result-prefixes drops ours), nothing active, no external reference (an address the author typed stays
  text), no nested tables, ASCII only (US-ASCII output: the serializer writes every other character as &#NNN;).
  User text is only ever written as text nodes: the serializer escapes it, nothing is written unescaped.

  Inline XBRL readiness: only elements and attributes that are in both EDGAR's HTML and XHTML 1.1 (no font, u,
  center; list numbering by style; the one exception is start on a list that does not begin at 1), numeric
  character references only (no named entities, which XML without a DTD does not know), well-formed.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="http://sdstudio.org/schema/canonical-filing/1.0"
    xmlns:sd="urn:sdstudio:edgar" exclude-result-prefixes="#all">

  <!-- xml: well-formed (XBRL-ready). Saxon's xhtml method only writes <br /> for elements in the XHTML namespace,
       which would bring an xmlns that EDGAR refuses; with xml, void elements come out as <br/> and sd:finish below
       makes sure no other element is empty (an HTML browser reads <p/> as an unclosed <p>).
       No XML declaration and no DOCTYPE: EDGAR reads the file as HTML, where neither is needed (and an XHTML
       DOCTYPE would name an external DTD). Indented between blocks only: never inside text. -->
  <xsl:output method="xml" encoding="US-ASCII" omit-xml-declaration="yes" indent="yes"
      suppress-indentation="p li td th caption title a b i em"/>

  <!-- the last pass over a finished page: an element that would be written empty gets a no-break space -->
  <xsl:mode name="sd:finish" on-no-match="shallow-copy"/>
  <xsl:template match="*[empty(node())][not(local-name() = ('br', 'hr', 'img', 'meta'))]" mode="sd:finish">
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:text>&#160;</xsl:text>
    </xsl:copy>
  </xsl:template>

  <xsl:variable name="sd:font" select="'font-family:''Times New Roman'',Times,serif;font-size:10pt'"/>

  <!-- dates as printed: May 21, 2026 -->
  <xsl:function name="sd:date" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:sequence select="format-date($date, '[MNn] [D], [Y0001]', 'en', (), ())"/>
  </xsl:function>

  <!-- a value that may span lines (a title printed under a name): one <br/> per line break -->
  <xsl:template name="sd:lines">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:for-each select="tokenize($text, '\n')">
      <xsl:if test="position() gt 1"><br/></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- the banner of a review copy -->
  <xsl:template name="sd:draft-banner">
    <xsl:if test="/f:filing/@draft = 'true'">
      <p style="margin:0 0 12pt 0;padding:4pt;border:2pt solid #000000;text-align:center;font-weight:bold">DRAFT - FOR REVIEW ONLY - NOT FOR FILING WITH THE SEC</p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sd:page-break">
    <xsl:if test="/f:filing/@pageBreaks = 'true'">
      <hr style="page-break-after:always;border:0;margin:0"/>
    </xsl:if>
  </xsl:template>

  <!-- ============ structured text ============ -->

  <xsl:template match="f:body" mode="sd:blocks">
    <xsl:apply-templates select="*" mode="sd:blocks"/>
  </xsl:template>

  <xsl:template match="f:p[@style = 'body']" mode="sd:blocks">
    <xsl:param name="run-in" as="xs:string?" select="()"/>
    <xsl:param name="anchor" as="xs:string?" select="()"/>
    <p style="margin:0 0 10pt 0;text-align:justify">
      <xsl:if test="exists($anchor)">
        <xsl:attribute name="id" select="$anchor"/>
      </xsl:if>
      <xsl:if test="exists($run-in)">
        <b><xsl:value-of select="$run-in"/></b>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates select="f:run"/>
    </p>
  </xsl:template>

  <xsl:template match="f:p[@style = 'subheading']" mode="sd:blocks">
    <p style="margin:0 0 10pt 0;font-weight:bold"><xsl:apply-templates select="f:run"/></p>
  </xsl:template>

  <!-- paragraphs inside a list item: tighter, no justification of short lines -->
  <xsl:template match="f:item/f:p" mode="sd:blocks" priority="2">
    <p style="margin:0 0 6pt 0;text-align:justify"><xsl:apply-templates select="f:run"/></p>
  </xsl:template>

  <xsl:template match="f:list[@style = 'bullet']" mode="sd:blocks">
    <ul style="margin-top:0;margin-bottom:10pt">
      <xsl:apply-templates select="f:item" mode="sd:blocks"/>
    </ul>
  </xsl:template>

  <xsl:template match="f:list" mode="sd:blocks">
    <ol style="margin-top:0;margin-bottom:10pt;list-style-type:{@style}">
      <xsl:if test="@start != '1'">
        <xsl:attribute name="start" select="@start"/>
      </xsl:if>
      <xsl:apply-templates select="f:item" mode="sd:blocks"/>
    </ol>
  </xsl:template>

  <xsl:template match="f:list/f:item" mode="sd:blocks">
    <li style="margin-bottom:4pt"><xsl:apply-templates select="*" mode="sd:blocks"/></li>
  </xsl:template>

  <xsl:template match="f:table" mode="sd:blocks">
    <table style="border-collapse:collapse;width:100%;margin-bottom:10pt" cellpadding="2" cellspacing="0">
      <xsl:if test="@caption">
        <caption style="font-weight:bold;text-align:left"><xsl:value-of select="@caption"/></caption>
      </xsl:if>
      <xsl:for-each select="f:row">
        <tr>
          <xsl:for-each select="f:cell">
            <xsl:element name="{if (../@header = 'true') then 'th' else 'td'}">
              <xsl:attribute name="style" select="'text-align:left;vertical-align:top;border-bottom:1pt solid #000000'"/>
              <xsl:apply-templates select="f:run"/>
            </xsl:element>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- a run: its formatting from the outside in (link, bold, italic, underline); an address the author linked stays
       text (EDGAR allows no external links) -->
  <xsl:template match="f:run">
    <xsl:choose>
      <xsl:when test="@target">
        <a href="#{@target}"><xsl:apply-templates select="." mode="sd:bold"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="sd:bold"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="f:run" mode="sd:bold">
    <xsl:choose>
      <xsl:when test="@bold = 'true'"><b><xsl:apply-templates select="." mode="sd:italic"/></b></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="sd:italic"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="f:run" mode="sd:italic">
    <xsl:choose>
      <xsl:when test="@italic = 'true'"><i><xsl:apply-templates select="." mode="sd:underline"/></i></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="sd:underline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="f:run" mode="sd:underline">
    <xsl:choose>
      <!-- not <u>: Inline XBRL (XHTML 1.1) has no u element, EDGAR HTML no span; em with a style is in both -->
      <xsl:when test="@underline = 'true'">
        <em style="font-style:normal;text-decoration:underline"><xsl:call-template name="sd:lines"><xsl:with-param name="text" select="string(.)"/></xsl:call-template></em>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="sd:lines"><xsl:with-param name="text" select="string(.)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
