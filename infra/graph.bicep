// App settings for the Microsoft Graph calendar (docs/graph.md). The app registration, its admin consent and the
// Exchange application access policy are tenant-level steps done once by an admin (see docs/graph.md); this module
// only produces the settings, to be merged into the web app's appSettings by the caller:
//
//   module graph 'graph.bicep' = { name: 'graph', params: { tenantId: ..., clientId: ..., organizer: ... } }
//   ... siteConfig: { appSettings: concat(otherSettings, graph.outputs.appSettings) }

@description('Tenant of the Graph app registration.')
param tenantId string

@description('Application (client) id that holds Calendars.ReadBasic and Calendars.ReadWrite (application).')
param clientId string

@description('UPN of the organizer mailbox: meetings are created in it, free/busy is read through it.')
param organizer string

@description('Which credential the app uses: a Key Vault secret, a certificate file, or a managed identity.')
@allowed([
  'secret'
  'certificate'
  'managed-identity'
])
param credential string = 'managed-identity'

@description('credential = secret: the Key Vault secret URI holding the client secret.')
param clientSecretUri string = ''

@description('credential = certificate: path of the PEM (certificate + private key) inside the app.')
param certificatePath string = ''

@description('credential = managed-identity: the user-assigned identity\'s client id, or "system".')
param managedIdentityClientId string = 'system'

@description('Graph service root; change for a national cloud.')
param baseUrl string = 'https://graph.microsoft.com/v1.0'

var secretSetting = {
  name: 'GRAPH_CLIENT_SECRET'
  value: '@Microsoft.KeyVault(SecretUri=${clientSecretUri})'
}
var certificateSetting = {
  name: 'GRAPH_CERTIFICATE_PATH'
  value: certificatePath
}
var managedIdentitySetting = {
  name: 'GRAPH_MANAGED_IDENTITY_CLIENT_ID'
  value: managedIdentityClientId
}
var credentialSetting = credential == 'secret' ? secretSetting : (credential == 'certificate' ? certificateSetting : managedIdentitySetting)

@description('Name/value pairs for siteConfig.appSettings.')
output appSettings array = [
  {
    name: 'CALENDAR_PROVIDER'
    value: 'graph'
  }
  {
    name: 'GRAPH_TENANT_ID'
    value: tenantId
  }
  {
    name: 'GRAPH_CLIENT_ID'
    value: clientId
  }
  {
    name: 'GRAPH_ORGANIZER'
    value: organizer
  }
  {
    name: 'GRAPH_BASE_URL'
    value: baseUrl
  }
  credentialSetting
]
