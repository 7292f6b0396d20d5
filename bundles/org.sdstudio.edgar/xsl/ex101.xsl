<?xml version="1.0" encoding="UTF-8"?>
<!--
  Exhibit 1.01, the Conflict Minerals Report (EDGAR document type EX-1.01), from the canonical filing XML: the title
  block, every report section in order with its heading (or its run-in title), its text and its subsections, then
  Annex A: its title, caption, the as-of date of the RMI lists and the table Metal / Smelter / Country / Compliance
  Status with exactly the filing's included rows, in the filing's order.
  Section ids become anchors, so links in the text (#annex-a, #introduction) work inside the document.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="http://sdstudio.org/schema/canonical-filing/1.0"
    xmlns:sd="urn:sdstudio:edgar" exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="filing" select="/f:filing"/>
  <xsl:variable name="report" select="$filing/f:report"/>
  <xsl:variable name="exhibit" select="$filing/f:exhibit[@documentType = 'EX-1.01'][1]"/>
  <xsl:variable name="cell" select="'text-align:left;vertical-align:top;padding:1pt 4pt;border-bottom:1pt solid #000000'"/>

  <xsl:template match="/f:filing">
    <xsl:variable name="page">
      <xsl:apply-templates select="." mode="page"/>
    </xsl:variable>
    <xsl:apply-templates select="$page" mode="sd:finish"/>
  </xsl:template>

  <xsl:template match="/f:filing" mode="page">
    <html>
      <head>
        <title>
          <xsl:if test="@draft = 'true'">DRAFT - </xsl:if>
          <xsl:value-of select="string-join((f:registrant/@name, concat('Exhibit ', ($exhibit/@number, '1.01')[1]), $report/@title), ' - ')"/>
        </title>
      </head>
      <body style="{$sd:font}">
        <xsl:call-template name="sd:draft-banner"/>
        <p style="margin:0 0 12pt 0;text-align:right;font-weight:bold">Exhibit <xsl:value-of select="($exhibit/@number, '1.01')[1]"/></p>
        <p style="margin:0 0 18pt 0;text-align:center;font-weight:bold">
          <xsl:value-of select="f:registrant/@name"/>
          <xsl:for-each select="$report/@title, $report/@subtitle">
            <br/><xsl:value-of select="."/>
          </xsl:for-each>
        </p>
        <xsl:apply-templates select="$report/f:section"/>
        <xsl:apply-templates select="$report/f:annexA"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="f:section">
    <xsl:if test="@pageBreakBefore = 'true'">
      <xsl:call-template name="sd:page-break"/>
    </xsl:if>
    <xsl:variable name="title" select="string-join((if (@number) then concat(@number, '.') else (), @title), ' ')"/>
    <xsl:variable name="indent" select="if (@level = '1') then '0' else concat(18 * (xs:integer(@level) - 1), 'pt')"/>
    <xsl:variable name="first" select="f:body/*[1]"/>
    <xsl:choose>
      <!-- run-in: the title in bold opens the first paragraph, with an anchor for links to the section -->
      <xsl:when test="@titleStyle = 'run-in' and $first/self::f:p[@style = 'body']">
        <xsl:apply-templates select="$first" mode="sd:blocks">
          <xsl:with-param name="run-in" select="if (matches($title, '[:.]$')) then $title else concat($title, ':')"/>
          <xsl:with-param name="anchor" select="string(@id)"/>
        </xsl:apply-templates>
        <xsl:apply-templates select="f:body/*[position() gt 1]" mode="sd:blocks"/>
      </xsl:when>
      <xsl:otherwise>
        <p id="{@id}" style="margin:12pt 0 10pt {$indent};font-weight:bold">
          <xsl:value-of select="$title"/>
        </p>
        <xsl:apply-templates select="f:body" mode="sd:blocks"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="f:section"/>
  </xsl:template>

  <xsl:template match="f:annexA">
    <xsl:call-template name="sd:page-break"/>
    <p id="{@id}" style="margin:12pt 0 0 0;text-align:center;font-weight:bold"><xsl:value-of select="(@title, 'Annex A')[1]"/></p>
    <xsl:if test="@caption">
      <p style="margin:0;text-align:center;font-weight:bold"><xsl:value-of select="@caption"/></p>
    </xsl:if>
    <xsl:if test="@rmiListDate">
      <p style="margin:0;text-align:center">Compliance status as of the RMI lists of <xsl:value-of select="sd:date(xs:date(@rmiListDate))"/></p>
    </xsl:if>
    <table id="annex-a-table" style="width:100%;border-collapse:collapse;margin-top:10pt" cellpadding="0" cellspacing="0">
      <tr>
        <th style="{$cell};width:12%">Metal</th>
        <th style="{$cell};width:48%">Smelter</th>
        <th style="{$cell};width:24%">Country</th>
        <th style="{$cell};width:16%">Compliance Status</th>
      </tr>
      <xsl:for-each select="f:row">
        <tr>
          <td style="{$cell}"><xsl:value-of select="@metal"/></td>
          <td style="{$cell}"><xsl:value-of select="@facility"/></td>
          <td style="{$cell}"><xsl:value-of select="@country"/></td>
          <td style="{$cell}"><xsl:value-of select="@status"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
