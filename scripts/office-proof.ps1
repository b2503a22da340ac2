# Helpers for the release workflow's office job (dot-sourced by its steps): local Windows users,
# running the multi-user check as one of them, and the checks on the machine data folder.
$ErrorActionPreference = 'Stop'
$Script:Group = 'Privacy Desk Users'
$Script:DataDir = Join-Path $env:ProgramData 'Privacy Desk'
$Script:Work = 'C:\pdcheck'
$Script:Users = @{ A = 'pd-user-a'; B = 'pd-user-b'; C = 'pd-user-c' }

function Get-CheckPassword {
  return (Get-Content -LiteralPath (Join-Path $Work 'windows-password.txt') -Raw).Trim()
}

function New-CheckCredential([string]$name) {
  $secure = ConvertTo-SecureString (Get-CheckPassword) -AsPlainText -Force
  return New-Object System.Management.Automation.PSCredential("$env:COMPUTERNAME\$name", $secure)
}

# Runs node dist/office-check.cjs as another local user; returns @{ code; json }.
function Invoke-OfficeCheckAs([string]$name, [string]$command) {
  # A copy in the shared work folder: the tool cache may not be readable by the test users.
  $node = Join-Path $Work 'node.exe'
  $outFile = Join-Path $Work "$name-$command.out.txt"
  $errFile = Join-Path $Work "$name-$command.err.txt"
  Remove-Item -LiteralPath $outFile, $errFile -ErrorAction SilentlyContinue
  $p = Start-Process -FilePath $node -ArgumentList @((Join-Path $env:GITHUB_WORKSPACE 'dist\office-check.cjs'), $command, (Join-Path $Work 'app-password.txt')) `
    -Credential (New-CheckCredential $name) -LoadUserProfile -WorkingDirectory $Work -Wait -PassThru `
    -RedirectStandardOutput $outFile -RedirectStandardError $errFile
  $text = if (Test-Path $outFile) { Get-Content -LiteralPath $outFile -Raw } else { '' }
  Write-Host "$name $command -> exit $($p.ExitCode): $text"
  if (Test-Path $errFile) { Get-Content -LiteralPath $errFile | Write-Host }
  $json = $null
  if ($text) { $json = $text.Trim() | ConvertFrom-Json }
  return @{ code = $p.ExitCode; json = $json }
}

# Reads a file as another user with cmd's `type`; returns the exit code (non-zero = refused).
function Test-ReadAs([string]$name, [string]$file) {
  $p = Start-Process -FilePath "$env:WINDIR\System32\cmd.exe" -ArgumentList @('/c', "type `"$file`" > NUL") `
    -Credential (New-CheckCredential $name) -LoadUserProfile -WorkingDirectory $Work -Wait -PassThru
  return $p.ExitCode
}

# The folder's ACL: group Modify, Administrators and SYSTEM FullControl, no inherited or other entries.
function Assert-DeskAcl([string]$dir) {
  $acl = Get-Acl -LiteralPath $dir
  if (-not $acl.AreAccessRulesProtected) { throw "$dir still inherits permissions from its parent" }
  $sid = { param($r) $r.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value }
  $rules = @($acl.Access | ForEach-Object { [pscustomobject]@{ Sid = (& $sid $_); Rights = $_.FileSystemRights.ToString(); Type = $_.AccessControlType.ToString() } })
  $rules | Format-Table | Out-String | Write-Host
  $groupSid = (New-Object System.Security.Principal.NTAccount($Group)).Translate([System.Security.Principal.SecurityIdentifier]).Value
  $allowed = @('S-1-5-18', 'S-1-5-32-544', $groupSid)
  foreach ($r in $rules) { if ($r.Type -eq 'Allow' -and $allowed -notcontains $r.Sid) { throw "unexpected access for $($r.Sid) on $dir" } }
  if (-not ($rules | Where-Object { $_.Sid -eq $groupSid -and $_.Rights -match 'Modify' })) { throw "'$Group' lacks Modify on $dir" }
  foreach ($s in @('S-1-5-18', 'S-1-5-32-544')) {
    if (-not ($rules | Where-Object { $_.Sid -eq $s -and $_.Rights -match 'FullControl' })) { throw "$s lacks FullControl on $dir" }
  }
}

function Get-DataHashes {
  return @('privacy-desk.db', 'privacy-desk.key.sealed') | ForEach-Object { (Get-FileHash -LiteralPath (Join-Path $DataDir $_) -Algorithm SHA256).Hash }
}

function Install-Desk([string]$setup) {
  $p = Start-Process -FilePath $setup -ArgumentList '/S', '/allusers' -Wait -PassThru
  if ($p.ExitCode -ne 0) { throw "installer $setup exited with $($p.ExitCode)" }
  if (-not (Test-Path "$env:ProgramFiles\Privacy Desk\Privacy Desk.exe")) { throw 'the installed app is missing' }
}

# _?= keeps the NSIS uninstaller in place so -Wait really waits for it.
function Uninstall-Desk([string[]]$extra = @()) {
  $dir = "$env:ProgramFiles\Privacy Desk"
  $p = Start-Process -FilePath "$dir\Uninstall Privacy Desk.exe" -ArgumentList (@('/S', '/allusers') + $extra + @("_?=$dir")) -Wait -PassThru
  if ($p.ExitCode -ne 0) { throw "uninstaller exited with $($p.ExitCode)" }
  Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}
