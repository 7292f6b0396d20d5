<?xml version="1.0" encoding="UTF-8"?>
<!--
  The primary document of a Form SD submission (EDGAR document type SD or SD/A), from the canonical filing XML:
  the cover page, the form's sections and items with their text, the exhibit index and the signatures.

  The fixed wording (captions under the cover fields, the rule checkbox sentence, the signature sentence) is the
  SEC form's own and is reproduced as the form prints it; every other word comes from the filing.

  Cover-page facts carry stable ids on the visible cover elements that show them, so that a later step can add
  Inline XBRL tags without restructuring, and nothing is hidden (hidden text is what reviewers and the SEC staff
  distrust): dei-document-type (the form type as printed, SD or SD/A: the amendment flag is shown by it),
  dei-entity-registrant-name, dei-document-period-end-date (the period's end date in the rule's line), and
  cover-period (the Rule 13p-1 line). The Form SD cover does not show the CIK, so no element carries it.

  The exhibit list is printed once, as the form and real filings do: under the item that lists the exhibits
  (Item 3.01), or as an EXHIBIT INDEX after the items when no item lists them.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="http://sdstudio.org/schema/canonical-filing/1.0"
    xmlns:sd="urn:sdstudio:edgar" exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>

  <xsl:variable name="filing" select="/f:filing"/>
  <xsl:variable name="registrant" select="$filing/f:registrant"/>
  <xsl:variable name="year" select="string($filing/@reportingYear)"/>
  <xsl:variable name="rule13p" select="$filing/f:rule[@name = '13p-1'][1]"/>
  <xsl:variable name="rule13q" select="$filing/f:rule[@name = '13q-1'][1]"/>

  <xsl:variable name="cell" select="'vertical-align:top;text-align:center;padding:0 6pt'"/>
  <xsl:variable name="field" select="concat($cell, ';border-bottom:1pt solid #000000;font-weight:bold')"/>
  <xsl:variable name="caption" select="concat($cell, ';padding-bottom:10pt')"/>

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
          <xsl:value-of select="string-join(($registrant/@name, concat('Form ', @formType, ' for ', $year)), ' - ')"/>
        </title>
      </head>
      <body style="{$sd:font}">
        <xsl:call-template name="sd:draft-banner"/>
        <xsl:call-template name="cover"/>
        <hr style="margin:12pt 0"/>
        <xsl:if test="@amendmentExplanation">
          <p style="margin:12pt 0 10pt 0;text-align:center;font-weight:bold">EXPLANATORY NOTE</p>
          <p id="amendment-explanation" style="margin:0 0 10pt 0;text-align:justify">
            <xsl:call-template name="sd:lines"><xsl:with-param name="text" select="string(@amendmentExplanation)"/></xsl:call-template>
          </p>
        </xsl:if>
        <xsl:apply-templates select="f:formSection"/>
        <xsl:call-template name="exhibit-index"/>
        <xsl:call-template name="signatures"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="cover">
    <p style="margin:0 0 12pt 0;text-align:center;font-weight:bold">UNITED STATES<br/>SECURITIES AND EXCHANGE COMMISSION</p>
    <p style="margin:0 0 18pt 0;text-align:center">Washington, D.C. 20549</p>
    <p style="margin:0 0 18pt 0;text-align:center;font-weight:bold;font-size:14pt">FORM <b id="dei-document-type"><xsl:value-of select="@formType"/></b><br/>SPECIALIZED DISCLOSURE REPORT</p>

    <p style="margin:0;text-align:center;font-weight:bold;font-size:12pt" id="dei-entity-registrant-name"><xsl:value-of select="$registrant/@name"/></p>
    <p style="margin:0 0 12pt 0;text-align:center">(Exact name of registrant as specified in its charter)</p>

    <table style="width:100%;border-collapse:collapse;margin-bottom:6pt" cellpadding="0" cellspacing="0">
      <tr>
        <td style="{$field};width:33%"><xsl:value-of select="$registrant/@stateOfIncorporation"/></td>
        <td style="{$field};width:34%"><xsl:value-of select="$registrant/@commissionFileNumber"/></td>
        <td style="{$field};width:33%"><xsl:value-of select="$registrant/@irsEmployerNumber"/></td>
      </tr>
      <tr>
        <td style="{$caption}">(State or other jurisdiction<br/>of incorporation)</td>
        <td style="{$caption}">(Commission<br/>File Number)</td>
        <td style="{$caption}">(IRS Employer<br/>Identification No.)</td>
      </tr>
    </table>

    <xsl:variable name="address" select="$registrant/f:address"/>
    <table style="width:100%;border-collapse:collapse;margin-bottom:6pt" cellpadding="0" cellspacing="0">
      <tr>
        <td style="{$field};width:67%"><xsl:value-of select="string-join(($address/@street, $address/@city, $address/@state, $address/@country), ', ')"/></td>
        <td style="{$field};width:33%"><xsl:value-of select="$address/@zipCode"/></td>
      </tr>
      <tr>
        <td style="{$caption}">(Address of principal executive offices)</td>
        <td style="{$caption}">(Zip Code)</td>
      </tr>
    </table>

    <p style="margin:0;text-align:center;font-weight:bold">
      <xsl:value-of select="f:contact/@name"/>
      <xsl:if test="f:contact/@title">
        <br/>
        <xsl:call-template name="sd:lines"><xsl:with-param name="text" select="string(f:contact/@title)"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="f:contact/@phone">
        <br/><xsl:value-of select="f:contact/@phone"/>
      </xsl:if>
    </p>
    <p style="margin:0 0 12pt 0;text-align:center">(Name and telephone number, including area code, of the person to contact in connection with this report.)</p>

    <p style="margin:0 0 10pt 0">Check the appropriate box to indicate the rule pursuant to which this form is being filed, and provide the period to which the information in this form applies:</p>
    <p style="margin:0 0 10pt 0" id="cover-period">
      <xsl:value-of select="if ($rule13p) then '&#9746;' else '&#9744;'"/>
      <xsl:text> Rule 13p-1 under the Securities Exchange Act (17 CFR 240.13p-1) for the reporting period from January 1 to </xsl:text>
      <xsl:variable name="p-year" select="if ($rule13p/@periodEnd) then year-from-date(xs:date($rule13p/@periodEnd)) else $year"/>
      <xsl:choose>
        <xsl:when test="$rule13p"><em id="dei-document-period-end-date" style="font-style:normal">December 31, <xsl:value-of select="$p-year"/></em></xsl:when>
        <xsl:otherwise>December 31, <xsl:value-of select="$p-year"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>.</xsl:text>
    </p>
    <p style="margin:0 0 10pt 0">
      <xsl:value-of select="if ($rule13q) then '&#9746;' else '&#9744;'"/>
      <xsl:text> Rule 13q-1 under the Securities Exchange Act (17 CFR 240.13q-1) for the fiscal year ended </xsl:text>
      <xsl:choose>
        <xsl:when test="$rule13q/@periodEnd and not($rule13p)"><em id="dei-document-period-end-date" style="font-style:normal"><xsl:value-of select="sd:date(xs:date($rule13q/@periodEnd))"/></em></xsl:when>
        <xsl:otherwise><xsl:value-of select="if ($rule13q/@periodEnd) then sd:date(xs:date($rule13q/@periodEnd)) else '____________'"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <xsl:template match="f:formSection">
    <p style="margin:12pt 0 10pt 0;font-weight:bold">
      <xsl:value-of select="string-join((if (@number) then concat('Section ', @number) else (), @title), ' - ')"/>
    </p>
    <xsl:apply-templates select="f:item"/>
  </xsl:template>

  <xsl:template match="f:item">
    <p style="margin:0 0 10pt 0;font-weight:bold">
      <xsl:value-of select="string-join((if (@number) then concat('Item ', @number) else (), @caption), ' ')"/>
    </p>
    <xsl:apply-templates select="f:body" mode="sd:blocks"/>
    <xsl:if test="@listsExhibits = 'true'">
      <xsl:call-template name="exhibit-table">
        <xsl:with-param name="underline" select="true()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="exhibit-table">
    <xsl:param name="underline" as="xs:boolean"/>
    <table style="width:100%;border-collapse:collapse;margin-bottom:10pt" cellpadding="2" cellspacing="0">
      <tr>
        <xsl:variable name="th" select="concat('text-align:left;vertical-align:bottom', if ($underline) then ';text-decoration:underline' else '')"/>
        <th style="width:15%;{$th}">Exhibit No.</th>
        <th style="width:85%;{$th}">Description</th>
      </tr>
      <xsl:for-each select="$filing/f:exhibit">
        <tr>
          <td style="vertical-align:top"><xsl:value-of select="@number"/></td>
          <td style="vertical-align:top">
            <xsl:choose>
              <xsl:when test="@fileName"><a href="{@fileName}"><xsl:value-of select="@description"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="@description"/></xsl:otherwise>
            </xsl:choose>
          </td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- only when no item lists the exhibits: the list is printed once -->
  <xsl:template name="exhibit-index">
    <xsl:if test="f:exhibit and not(f:formSection/f:item[@listsExhibits = 'true'])">
      <p style="margin:18pt 0 10pt 0;text-align:center;font-weight:bold">EXHIBIT INDEX</p>
      <xsl:call-template name="exhibit-table">
        <xsl:with-param name="underline" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="signatures">
    <xsl:variable name="signature" select="f:signature"/>
    <xsl:call-template name="sd:page-break"/>
    <p style="margin:18pt 0 10pt 0;text-align:center;font-weight:bold">SIGNATURES</p>
    <p style="margin:0 0 18pt 0;text-align:justify">Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the duly authorized undersigned.</p>
    <div style="margin-left:50%">
      <p style="margin:0;font-weight:bold"><xsl:value-of select="($signature/@registrantName, upper-case($registrant/@name))[1]"/></p>
      <p style="margin:0 0 12pt 0">(Registrant)</p>
      <p style="margin:0 0 12pt 0">Date: <xsl:value-of select="if ($signature/@date) then sd:date(xs:date($signature/@date)) else ''"/></p>
      <p style="margin:0">By: /s/ <xsl:value-of select="$signature/@signerName"/></p>
      <p style="margin:0"><xsl:value-of select="$signature/@signerName"/></p>
      <p style="margin:0">
        <xsl:call-template name="sd:lines"><xsl:with-param name="text" select="string($signature/@signerTitle)"/></xsl:call-template>
      </p>
    </div>
  </xsl:template>
</xsl:stylesheet>
