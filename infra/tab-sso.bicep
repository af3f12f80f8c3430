// App settings for the dashboard tab's Teams single sign-on (README "Configuration"). The app registration exposes
// an API with the app id URI api://<public host>/<client id> and the delegated scope access_as_user, and
// pre-authorizes the Teams clients (1fec8e78-bce4-4aaf-ab1b-5451cc387264 desktop/mobile,
// 5e3ce6c0-2b1f-4285-8d4b-75ee78787346 web); that is a tenant-level step done once by an admin. This module only
// produces the settings, to be merged into the web app's appSettings by the caller:
//
//   module tabSso 'tab-sso.bicep' = { name: 'tab-sso', params: { clientId: ..., publicUrl: ..., allowedTenants: [...] } }
//   ... siteConfig: { appSettings: concat(otherSettings, tabSso.outputs.appSettings) }

@description('Application (client) id of the app registration that exposes access_as_user; the manifest\'s webApplicationInfo.id (the bot\'s app id by default).')
param clientId string

@description('The app\'s public origin, https://<PUBLIC_HOSTNAME>: its host name makes the app id URI api://<host>/<client id>.')
param publicUrl string

@description('Tenant ids whose users may open the dashboard.')
param allowedTenants array

@description('Where the token signing keys are read (JWKS); change only for a national cloud.')
param jwksUrl string = 'https://login.microsoftonline.com/common/discovery/v2.0/keys'

@description('Name/value pairs for siteConfig.appSettings.')
output appSettings array = [
  {
    name: 'TAB_SSO_CLIENT_ID'
    value: clientId
  }
  {
    name: 'TAB_SSO_ALLOWED_TENANTS'
    value: join(allowedTenants, ',')
  }
  {
    name: 'TAB_SSO_JWKS_URL'
    value: jwksUrl
  }
  {
    name: 'PUBLIC_URL'
    value: publicUrl
  }
]
