// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/helpers/generar-jwt.js
const jwt = require('jsonwebtoken');

const generarJWT = ( uid = '' ) => {

    return new Promise ( ( resolve, reject ) => {

        const payload = { uid };

        jwt.sign( payload, process.env.SECRETORPRIVATEKEY,{
            expiresIn: '2h'
        }, (err, token) => {
            if(err) { reject('Failed to generate token') } 
            else { resolve( token );}
        })
    })
}
